// How two organisations work together: kind COORDINATION, COLLABORATION, CONTRACT or ALLIANCE.
// params: $rows: [{from, to, kind, props: {since, until, strength, evidence}}]
UNWIND $rows AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[r:WORKS_WITH {kind: row.kind}]->(b)
SET r += row.props
