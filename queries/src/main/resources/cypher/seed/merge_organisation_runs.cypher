// An organisation that runs another (e.g. the Hub's hosts).
// params: $rows: [{from, to, props}]
UNWIND $rows AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[r:RUNS]->(b)
SET r += row.props
