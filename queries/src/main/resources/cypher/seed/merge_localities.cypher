// Borough, wards, LSOAs and ward groupings, keyed by id.
// params: $rows: [{id, props: {name, kind, boundary (GeoJSON), ...}, lat, lon}]
UNWIND $rows AS row
MERGE (l:Locality {id: row.id})
SET l += row.props, l.centre = point({latitude: row.lat, longitude: row.lon})
