// Replaces imported assets whose row changed: every property from the row (what the row no longer gives is removed),
// the point, the categories and localities (matched by element id, as create_imported_assets does), and who runs
// them (set again by merge_import_organisations).
// params: $rows: [{props (id included), latitude, longitude, inBorough, categories, localities (element ids)}],
//         $updatedAt
UNWIND $rows AS row
MATCH (a:Asset {id: row.props.id})
SET a = row.props, a.location = point({latitude: row.latitude, longitude: row.longitude}),
    a.inBorough = row.inBorough, a.updatedAt = $updatedAt
WITH a, row
CALL (a) {
  MATCH (a)-[r:IN_CATEGORY|LOCATED_IN]->()
  DELETE r
}
CALL (a) {
  MATCH (:Organisation)-[r:RUNS]->(a)
  DELETE r
}
CALL (a, row) {
  UNWIND row.categories AS category
  MATCH (c:Category)
  WHERE elementId(c) = category
  CREATE (a)-[:IN_CATEGORY]->(c)
}
CALL (a, row) {
  UNWIND row.localities AS locality
  MATCH (l:Locality)
  WHERE elementId(l) = locality
  CREATE (a)-[:LOCATED_IN]->(l)
}
