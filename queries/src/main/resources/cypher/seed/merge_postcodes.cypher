// Postcode centroids for offline lookup, keyed by the postcode without its space.
// params: $rows: [{id, props: {postcode, inLambeth, ...}, lat, lon}]
UNWIND $rows AS row
MERGE (p:Postcode {id: row.id})
SET p += row.props, p.location = point({latitude: row.lat, longitude: row.lon})
