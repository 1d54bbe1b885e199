// Taxonomy terms.
// params: $rows: [{id, props: {name, description}}]
UNWIND $rows AS row
MERGE (c:Category {id: row.id})
SET c += row.props
