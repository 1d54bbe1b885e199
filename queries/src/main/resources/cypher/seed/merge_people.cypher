// Pseudonymous people of the demo network.
// params: $rows: [{id, props: {displayName, role, demo, source}}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p += row.props
