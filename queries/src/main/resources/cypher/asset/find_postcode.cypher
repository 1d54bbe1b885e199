// A postcode centroid by its key (the postcode without its space).
// params: $id
MATCH (p:Postcode {id: $id})
RETURN p.location.latitude AS latitude, p.location.longitude AS longitude
