// Localities by id (to check analysis arguments and label sides).
// params: $ids
UNWIND $ids AS id
MATCH (l:Locality {id: id})
RETURN l.id AS id, l.name AS name, l.kind AS kind, l.half AS half
