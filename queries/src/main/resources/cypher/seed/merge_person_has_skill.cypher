// params: $rows: [{from, to, props: {since, demo}}]
UNWIND $rows AS row
MATCH (p:Person {id: row.from})
MATCH (s:Skill {id: row.to})
MERGE (p)-[r:HAS_SKILL]->(s)
SET r += row.props
