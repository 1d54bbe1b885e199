// Every locality with its boundary (a GeoJSON geometry as text) and the ids of the localities it is PART_OF,
// borough first, then halves, thirds, wards and LSOAs, each by id.
// params: none
MATCH (l:Locality)
RETURN l.id AS id, l.name AS name, l.kind AS kind, l.boundary AS boundary,
       [(l)-[:PART_OF]->(p:Locality) | p.id] AS parentIds
ORDER BY CASE l.kind WHEN 'BOROUGH' THEN 0 WHEN 'HALF' THEN 1 WHEN 'THIRD' THEN 2 WHEN 'WARD' THEN 3 ELSE 4 END,
         l.id
