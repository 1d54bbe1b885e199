// The centroids of Lambeth's postcodes (inLambeth = true), in one row.
// params: none
MATCH (p:Postcode)
WHERE p.inLambeth = true AND p.location IS NOT NULL
RETURN collect(p.location) AS locations
