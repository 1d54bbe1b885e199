// Every asset the caller may see, one row each, streamed into the asset exports (GeoJSON, CSV); no order, so that
// the rows flow as the label scan finds them and nothing is sorted or collected. Retired assets (:RetiredAsset) are
// not :Asset and never match.
// params: $visibility (list of visibilities the caller may see: ['PUBLIC'] or ['PUBLIC', 'NETWORK']),
//         $categoryId (a category: only assets in it or a narrower one; null for all)
MATCH (a:Asset)
WHERE a.visibility IN $visibility
  AND ($categoryId IS NULL
       OR EXISTS { (a)-[:IN_CATEGORY]->(:Category)-[:BROADER*0..]->(:Category {id: $categoryId}) })
RETURN a.id AS id, a.name AS name, a.description AS description,
       a.location.latitude AS latitude, a.location.longitude AS longitude,
       a.address AS address, a.postcode AS postcode, a.phone AS phone, a.email AS email, a.website AS website,
       a.free AS free, a.accessibility AS accessibility, a.visibility AS visibility,
       toString(a.updatedAt) AS updatedAt,
       COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category) RETURN c {.id, .name} ORDER BY c.id } AS categories,
       [(o:Organisation)-[:RUNS]->(a) | o {.id, .name}] AS runBy,
       [(a)-[:LOCATED_IN]->(l:Locality) | l.id] AS localityIds
