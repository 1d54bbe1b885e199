// An introduction (not a referral) to an organisation.
// params: $rows: [{from, to, props: {on, byPersonId, outcome, since, demo}}]
UNWIND $rows AS row
MATCH (p:Person {id: row.from})
MATCH (o:Organisation {id: row.to})
MERGE (p)-[r:INTRODUCED {on: row.props.on}]->(o)
SET r += row.props
