// The network projected for analysis, in one read, streamed as rows: first every member (a person, organisation
// or asset with at least one tie), then every tie. Ties are read as of $asOf through since/until (all when null);
// as of a date, a tie with no recorded start is left out: it is not known to have existed then.
// side: the first of $sides the member lies in (assets directly, people through their ward); inScope: whether it
// lies in $scope (true for all when $scope is null).
// params: $sides (list of locality ids), $scope (locality id or null), $asOf (date or null)
MATCH (n)
WHERE (n:Person OR n:Organisation OR n:Asset)
  AND EXISTS { (n)-[:KNOWS|MEMBER_OF|WORKS_WITH|INTRODUCED|RUNS]-() }
RETURN 'member' AS row, n.id AS a, null AS b,
       CASE WHEN n:Person THEN 'PERSON' WHEN n:Organisation THEN 'ORGANISATION' ELSE 'ASSET' END AS kind,
       head([(n)-[:LOCATED_IN]->(:Locality)-[:PART_OF*0..2]->(s:Locality) WHERE s.id IN $sides | s.id]) AS side,
       coalesce(n.displayName, n.name) AS label,
       ($scope IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Locality)-[:PART_OF*0..2]->(:Locality {id: $scope}) })
         AS inScope,
       null AS strength
UNION ALL
MATCH (x)-[r:KNOWS|MEMBER_OF|WORKS_WITH|INTRODUCED|RUNS]->(y)
WHERE $asOf IS NULL OR (r.since <= $asOf AND (r.until IS NULL OR r.until > $asOf))
RETURN 'tie' AS row, x.id AS a, y.id AS b,
       CASE type(r)
         WHEN 'KNOWS' THEN 'KNOWS'
         WHEN 'MEMBER_OF' THEN 'MEMBERSHIP'
         WHEN 'WORKS_WITH' THEN r.kind
         WHEN 'INTRODUCED' THEN 'INTRODUCTION'
         ELSE 'RUNS'
       END AS kind,
       null AS side, null AS label, null AS inScope, coalesce(r.strength, 1.0) AS strength
