// Every locality, for the cluster index's facet counts per locality.
// params: none
MATCH (l:Locality)
RETURN l.id AS id, l.name AS name, l.kind AS kind, l.half AS half
