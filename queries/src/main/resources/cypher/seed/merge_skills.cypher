// What people offer: individuals' assets.
// params: $rows: [{id, props: {name, demo}}]
UNWIND $rows AS row
MERGE (s:Skill {id: row.id})
SET s += row.props
