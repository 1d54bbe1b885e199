// params: $rows: [{from, to, props: {since, until, strength, demo}}]
UNWIND $rows AS row
MATCH (p:Person {id: row.from})
MATCH (o:Organisation {id: row.to})
MERGE (p)-[r:MEMBER_OF]->(o)
SET r += row.props
