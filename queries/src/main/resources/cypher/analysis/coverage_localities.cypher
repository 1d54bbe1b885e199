// The localities of one kind and the borough, with their boundaries (GeoJSON strings), for coverage.
// params: $kind (WARD | LSOA)
MATCH (l:Locality)
WHERE l.kind IN [$kind, 'BOROUGH']
RETURN l.id AS id, l.name AS name, l.kind AS kind, l.half AS half, l.boundary AS boundary
