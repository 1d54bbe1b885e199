// The organisations' network for the map, in one read, as rows: every organisation, then every visible asset an
// organisation runs (with its point and its half), then every tie from an organisation to an organisation
// (WORKS_WITH by kind, MEMBER_OF, RUNS) or to a visible asset (RUNS). People are never read.
// Ties are read as of $asOf through since/until (all when null); as of a date, a tie with no recorded start is left
// out. side: the one of $halves the asset lies in, by the rule of project_network: the localities it is LOCATED_IN
// and those its ward is PART_OF (never through its LSOA), the lower id if both.
// params: $visibility (list of visibilities the caller may see), $halves (list of locality ids), $asOf (date or null)
MATCH (o:Organisation)
RETURN 'organisation' AS row, o.id AS a, null AS b, o.name AS name, o.type AS type, null AS latitude,
       null AS longitude, null AS side, null AS kind, null AS strength
UNION ALL
MATCH (x:Asset)
WHERE x.visibility IN $visibility AND x.location IS NOT NULL AND EXISTS { (:Organisation)-[:RUNS]->(x) }
RETURN 'asset' AS row, x.id AS a, null AS b, x.name AS name, null AS type, x.location.latitude AS latitude,
       x.location.longitude AS longitude,
       head(COLLECT {
         MATCH (x)-[:LOCATED_IN]->(l:Locality)-[:PART_OF*0..1]->(h:Locality)
         WHERE h.id IN $halves AND (h = l OR l.kind = 'WARD')
         RETURN h.id ORDER BY h.id LIMIT 1
       }) AS side,
       null AS kind, null AS strength
UNION ALL
MATCH (o:Organisation)-[r:WORKS_WITH|MEMBER_OF|RUNS]->(y)
WHERE (y:Organisation OR (y:Asset AND y.visibility IN $visibility AND y.location IS NOT NULL))
  AND ($asOf IS NULL OR (r.since <= $asOf AND (r.until IS NULL OR r.until > $asOf)))
RETURN 'tie' AS row, o.id AS a, y.id AS b, null AS name, CASE WHEN y:Asset THEN 'ASSET' ELSE 'ORGANISATION' END AS type,
       null AS latitude, null AS longitude, null AS side,
       CASE type(r) WHEN 'WORKS_WITH' THEN r.kind WHEN 'MEMBER_OF' THEN 'MEMBERSHIP' ELSE 'RUNS' END AS kind,
       r.strength AS strength
