// Localities, all or of one kind.
// params: $kind (BOROUGH | HALF | THIRD | WARD | LSOA, or null for all)
MATCH (l:Locality)
WHERE $kind IS NULL OR l.kind = $kind
RETURN l.id AS id, l.name AS name, l.kind AS kind, l.half AS half
