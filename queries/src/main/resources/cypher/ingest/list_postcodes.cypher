// Every postcode centroid, keyed by the postcode without its space: imported rows without coordinates are placed by
// their postcode.
// params: none
MATCH (p:Postcode)
RETURN p.id AS id, p.location.latitude AS latitude, p.location.longitude AS longitude
