// One asset by id, with what the Asset type shows.
// Template: "// @columns" is replaced by search/_asset_columns.cypher.
// params: $id
MATCH (a:Asset {id: $id})
RETURN a {
  // @columns
} AS asset
