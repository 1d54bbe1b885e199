// Every locality's kind and boundary (GeoJSON geometry text), to place an added or moved asset in them.
// params: none
MATCH (l:Locality)
WHERE l.boundary IS NOT NULL
RETURN l.id AS id, l.kind AS kind, l.boundary AS boundary
ORDER BY id
