// Entry fragment: assets within $radiusMetres of ($latitude, $longitude), seeking the point index asset_location.
MATCH (a:Asset)
WHERE point.distance(a.location, point({latitude: $latitude, longitude: $longitude})) <= $radiusMetres
WITH a, null AS relevance
