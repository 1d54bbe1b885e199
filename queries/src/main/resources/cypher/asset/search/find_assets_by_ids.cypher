// Assets by id, with what the Asset type shows, in the order of $ids (unknown ids are left out).
// Template: "// @columns" is replaced by _asset_columns.cypher.
// params: $ids
UNWIND range(0, size($ids) - 1) AS position
MATCH (a:Asset {id: $ids[position]})
WITH a, position
ORDER BY position
RETURN a {
  // @columns
} AS asset
