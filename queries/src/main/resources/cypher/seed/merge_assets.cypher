// Assets, keyed by their source id; location is a WGS-84 point.
// params: $rows: [{id, props: {name, description, ...}, lat, lon}]
UNWIND $rows AS row
MERGE (a:Asset {id: row.id})
SET a += row.props, a.location = point({latitude: row.lat, longitude: row.lon})
