// The elements of the network exports (Kumu, GraphML): every organisation; the assets the caller may see that an
// organisation runs or (with people) someone was introduced to; and, with people, every person. The North/South
// half is the HALF locality the element lies in by the rule of analysis/project_network (a locality it is
// LOCATED_IN or its ward is PART_OF, never through an LSOA; the lower id if both), null where unknown. A person's
// id is read only to key their ties; the export shows a pseudonym.
// params: $visibility (list of visibilities the caller may see), $withPeople (boolean)
MATCH (o:Organisation)
RETURN 'ORGANISATION' AS element, o.id AS id, o.name AS label, o.type AS kind, o.description AS description,
       o.website AS website, null AS categories,
       head(COLLECT {
         MATCH (o)-[:LOCATED_IN]->(l:Locality)-[:PART_OF*0..1]->(h:Locality {kind: 'HALF'})
         WHERE h = l OR l.kind = 'WARD'
         RETURN h.name ORDER BY h.id LIMIT 1
       }) AS half
UNION ALL
MATCH (a:Asset)
WHERE a.visibility IN $visibility
  AND (EXISTS { (:Organisation)-[:RUNS]->(a) } OR ($withPeople AND EXISTS { (:Person)-[:INTRODUCED]->(a) }))
RETURN 'ASSET' AS element, a.id AS id, a.name AS label, a.visibility AS kind, a.description AS description,
       a.website AS website,
       COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category) RETURN c.name ORDER BY c.id } AS categories,
       head(COLLECT {
         MATCH (a)-[:LOCATED_IN]->(l:Locality)-[:PART_OF*0..1]->(h:Locality {kind: 'HALF'})
         WHERE h = l OR l.kind = 'WARD'
         RETURN h.name ORDER BY h.id LIMIT 1
       }) AS half
UNION ALL
MATCH (p:Person)
WHERE $withPeople
RETURN 'PERSON' AS element, p.id AS id, null AS label, p.role AS kind, null AS description, null AS website,
       null AS categories,
       head(COLLECT {
         MATCH (p)-[:LOCATED_IN]->(l:Locality)-[:PART_OF*0..1]->(h:Locality {kind: 'HALF'})
         WHERE h = l OR l.kind = 'WARD'
         RETURN h.name ORDER BY h.id LIMIT 1
       }) AS half
