// The ward a person lives or works in (never a precise location).
// params: $rows: [{person, locality}]
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (l:Locality {id: row.locality})
MERGE (p)-[:LOCATED_IN]->(l)
