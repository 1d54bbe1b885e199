// The ties between the elements list_network_elements returns: organisations' WORKS_WITH, MEMBER_OF and RUNS (to
// an organisation or a visible asset) and, with people, people's KNOWS, MEMBER_OF and INTRODUCED (to an
// organisation or a visible asset). Never the introducer's id (byPersonId).
// params: $visibility (list of visibilities the caller may see), $withPeople (boolean)
MATCH (x)-[r:WORKS_WITH|MEMBER_OF|RUNS|KNOWS|INTRODUCED]->(y)
WHERE (x:Organisation OR ($withPeople AND x:Person))
  AND (y:Organisation OR ($withPeople AND y:Person) OR (y:Asset AND y.visibility IN $visibility))
RETURN CASE WHEN x:Person THEN 'PERSON' ELSE 'ORGANISATION' END AS fromElement, x.id AS fromId,
       CASE WHEN y:Person THEN 'PERSON' WHEN y:Asset THEN 'ASSET' ELSE 'ORGANISATION' END AS toElement, y.id AS toId,
       type(r) AS relationship, r.kind AS kind, r.strength AS strength, toString(r.since) AS since,
       toString(r.until) AS until, toString(r.on) AS on, r.outcome AS outcome
