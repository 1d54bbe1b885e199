// params: $rows: [{from, to, props: {since, until, strength, demo}}]
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:KNOWS]->(b)
SET r += row.props
