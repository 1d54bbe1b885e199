// Organisations of the Network.
// params: $rows: [{id, props: {name, type, description, website, source}}]
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
SET o += row.props
