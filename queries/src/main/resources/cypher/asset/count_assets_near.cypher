// How many assets lie within a radius of a point.
// params: $latitude, $longitude, $radiusMetres
WITH point({latitude: $latitude, longitude: $longitude}) AS centre
MATCH (a:Asset)
WHERE point.distance(a.location, centre) <= $radiusMetres
RETURN count(a) AS total
