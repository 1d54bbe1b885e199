// Assets within a radius of a point, nearest first, with what the Asset type shows (no N+1).
// Seeks on the point index asset_location (the indexed property is the first argument of point.distance).
// params: $latitude, $longitude, $radiusMetres, $skip, $limit
WITH point({latitude: $latitude, longitude: $longitude}) AS centre
MATCH (a:Asset)
WHERE point.distance(a.location, centre) <= $radiusMetres
WITH a, point.distance(a.location, centre) AS distanceMetres
ORDER BY distanceMetres, a.id
SKIP $skip LIMIT $limit
RETURN a.id AS id, a.name AS name, a.description AS description, a.location AS location,
       a.address AS address, a.postcode AS postcode, a.inBorough AS inBorough, a.source AS source,
       distanceMetres,
       [(a)-[:IN_CATEGORY]->(c:Category) | c {.id, .name, parentId: head([(c)-[:BROADER]->(p:Category) | p.id])}]
         AS categories,
       [(a)-[:LOCATED_IN]->(l:Locality) | l {.id, .name, .kind, .half}] AS localities,
       [(o:Organisation)-[:RUNS]->(a) | o {.id, .name, .type, .description, .website}] AS runBy
