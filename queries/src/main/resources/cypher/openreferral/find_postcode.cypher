// A postcode's centroid, for the feed's proximity search.
// params: $id (the postcode without its space, upper case)
MATCH (p:Postcode {id: $id})
RETURN p.location.latitude AS latitude, p.location.longitude AS longitude
