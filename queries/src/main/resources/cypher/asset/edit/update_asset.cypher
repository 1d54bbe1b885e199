// Sets an asset's changed properties; a null value removes the property.
// params: $id, $props (map of plain values, updatedAt included)
MATCH (a:Asset {id: $id})
SET a += $props
RETURN a.id AS id
