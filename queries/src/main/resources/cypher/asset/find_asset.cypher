// One asset by id, with what the Asset type shows.
// params: $id
MATCH (a:Asset {id: $id})
RETURN a.id AS id, a.name AS name, a.description AS description, a.location AS location,
       a.address AS address, a.postcode AS postcode, a.inBorough AS inBorough, a.source AS source,
       [(a)-[:IN_CATEGORY]->(c:Category) | c {.id, .name, parentId: head([(c)-[:BROADER]->(p:Category) | p.id])}]
         AS categories,
       [(a)-[:LOCATED_IN]->(l:Locality) | l {.id, .name, .kind, .half}] AS localities,
       [(o:Organisation)-[:RUNS]->(a) | o {.id, .name, .type, .description, .website}] AS runBy
