// The network projected for analysis, in one read, streamed as rows: first every member (a person, organisation
// or asset with at least one tie), then every tie. Ties are read as of $asOf through since/until (all when null);
// as of a date, a tie with no recorded start is left out: it is not known to have existed then.
// Where a member lies: the localities it is LOCATED_IN (an asset: those its point was placed in, one ward, that
// ward's half, third and borough, one LSOA; a person: their ward) and the localities its ward is PART_OF. An LSOA's
// PART_OF (its ward by the LSOA's interior point) never decides: it can name a ward the point is not in.
// side: the one of $sides the member lies in; in both (overlapping localities), the smaller kind (LSOA, ward, third,
// half, borough), then the lower id; never the order Neo4j happens to store relationships in.
// inScope: whether it lies in $scope by the same rule (true for all when $scope is null).
// params: $sides (list of locality ids), $scope (locality id or null), $asOf (date or null)
MATCH (n)
WHERE (n:Person OR n:Organisation OR n:Asset)
  AND EXISTS { (n)-[:KNOWS|MEMBER_OF|WORKS_WITH|INTRODUCED|RUNS]-() }
RETURN 'member' AS row, n.id AS a, null AS b,
       CASE WHEN n:Person THEN 'PERSON' WHEN n:Organisation THEN 'ORGANISATION' ELSE 'ASSET' END AS kind,
       head(COLLECT {
         MATCH (n)-[:LOCATED_IN]->(l:Locality)-[:PART_OF*0..1]->(s:Locality)
         WHERE s.id IN $sides AND (s = l OR l.kind = 'WARD')
         RETURN s.id
         ORDER BY CASE s.kind WHEN 'LSOA' THEN 0 WHEN 'WARD' THEN 1 WHEN 'THIRD' THEN 2 WHEN 'HALF' THEN 3 ELSE 4 END,
                  s.id
         LIMIT 1
       }) AS side,
       coalesce(n.displayName, n.name) AS label,
       ($scope IS NULL OR EXISTS {
         MATCH (n)-[:LOCATED_IN]->(l:Locality)-[:PART_OF*0..1]->(s:Locality {id: $scope})
         WHERE s = l OR l.kind = 'WARD'
       }) AS inScope,
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
