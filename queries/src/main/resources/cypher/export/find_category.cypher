// Whether a category exists (the asset exports' category parameter is checked before the download starts).
// params: $id
OPTIONAL MATCH (c:Category {id: $id})
RETURN c IS NOT NULL AS found
