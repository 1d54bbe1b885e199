// Localities whose boundary covers the asset, computed with JTS point-in-polygon.
// params: $rows: [{asset, locality}]
UNWIND $rows AS row
MATCH (a:Asset {id: row.asset})
MATCH (l:Locality {id: row.locality})
MERGE (a)-[:LOCATED_IN]->(l)
