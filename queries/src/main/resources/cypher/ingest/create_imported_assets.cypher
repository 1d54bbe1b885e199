// Creates imported assets (the import has checked that none of these ids exists), each with its point, its
// categories and the localities covering it (computed by the service, as for an edited asset), matched by the element
// ids list_link_targets gave; the service checks the number of relationships created.
// params: $rows: [{props (id included), latitude, longitude, inBorough, categories, localities (element ids)}],
//         $updatedAt
UNWIND $rows AS row
CREATE (a:Asset)
SET a = row.props, a.location = point({latitude: row.latitude, longitude: row.longitude}),
    a.inBorough = row.inBorough, a.updatedAt = $updatedAt
WITH a, row
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
