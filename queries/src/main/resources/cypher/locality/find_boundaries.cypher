// Boundaries (GeoJSON strings) of several localities in one round trip.
// params: $ids
UNWIND $ids AS id
MATCH (l:Locality {id: id})
RETURN l.id AS id, l.boundary AS boundary
