// An introduction (not a referral): the person was introduced to the asset by byPersonId, on a date.
// params: $rows: [{from, to, props: {on, byPersonId, outcome, since, demo}}]
UNWIND $rows AS row
MATCH (p:Person {id: row.from})
MATCH (a:Asset {id: row.to})
MERGE (p)-[r:INTRODUCED {on: row.props.on}]->(a)
SET r += row.props
