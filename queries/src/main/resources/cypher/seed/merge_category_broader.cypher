// The taxonomy hierarchy: a category and its broader term.
// params: $rows: [{child, parent}]
UNWIND $rows AS row
MATCH (child:Category {id: row.child})
MATCH (parent:Category {id: row.parent})
MERGE (child)-[:BROADER]->(parent)
