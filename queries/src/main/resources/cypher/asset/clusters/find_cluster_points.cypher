// The cluster index's columns (see list_cluster_points.cypher) of the assets with these ids; ids that are no longer
// assets (retired, or never were) are left out.
// params: $ids
UNWIND $ids AS id
MATCH (a:Asset {id: id})
RETURN a.id AS id, a.name AS name, a.description AS description, toLower(a.name) AS sortName,
       a.location.latitude AS latitude, a.location.longitude AS longitude, a.visibility AS visibility, a.free AS free,
       coalesce(a.accessibility, []) AS accessibility,
       COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category) RETURN c.id ORDER BY c.id } AS categories,
       [(a)-[:LOCATED_IN]->(l:Locality) | l.id] AS localities
