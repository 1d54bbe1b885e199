// The organisations imported rows name, and that they run those assets.
// params: $rows: [{assetId, organisationId, organisationName}], $source
UNWIND $rows AS row
MATCH (a:Asset {id: row.assetId})
MERGE (o:Organisation {id: row.organisationId})
SET o.name = row.organisationName, o.source = $source
MERGE (o)-[:RUNS]->(a)
