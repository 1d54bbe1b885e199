// Every asset's place (null when it has none) and what the in-memory cluster index filters on (visibility,
// categories, free, accessibility; name and description for its text search), counts under (its localities), sorts
// by (its name as _order_name does) and shows on a marker (its name), for building the index. Categories by id, the
// order cluster_assets.cypher takes the first of (the primary category).
// params: none
MATCH (a:Asset)
RETURN a.id AS id, a.name AS name, a.description AS description, toLower(a.name) AS sortName,
       a.location.latitude AS latitude, a.location.longitude AS longitude, a.visibility AS visibility, a.free AS free,
       coalesce(a.accessibility, []) AS accessibility,
       COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category) RETURN c.id ORDER BY c.id } AS categories,
       [(a)-[:LOCATED_IN]->(l:Locality) | l.id] AS localities
