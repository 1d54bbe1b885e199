// Every locality's kind and boundary (GeoJSON geometry text), and the localities it is part of (for a ward: its
// half, third and borough), to place an added or moved asset in them.
// params: none
MATCH (l:Locality)
WHERE l.boundary IS NOT NULL
RETURN l.id AS id, l.kind AS kind, l.boundary AS boundary,
       COLLECT { MATCH (l)-[:PART_OF]->(p:Locality) RETURN p.id ORDER BY p.id } AS partOf
ORDER BY id
