// Adds an asset with its properties; its location, localities and categories are set by the statements that follow
// in the same transaction (set_asset_location, set_asset_categories).
// params: $id, $props (map of plain values: name, description, ..., visibility, source, updatedAt)
CREATE (a:Asset {id: $id})
SET a += $props
RETURN a.id AS id
