// An organisation's membership of a partnership.
// params: $rows: [{from, to, props: {since, until, strength, evidence}}]
UNWIND $rows AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += row.props
