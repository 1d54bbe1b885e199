// Who runs an asset.
// params: $rows: [{organisation, asset}]
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation})
MATCH (a:Asset {id: row.asset})
MERGE (o)-[:RUNS]->(a)
