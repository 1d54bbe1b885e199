// Snapshots for a pair of localities between two dates (either may be null), oldest first.
// params: $between, $from, $to
MATCH (s:NetworkSnapshot)
WHERE s.between = $between
  AND ($from IS NULL OR s.takenOn >= $from) AND ($to IS NULL OR s.takenOn <= $to)
RETURN s {.*} AS snapshot
ORDER BY s.takenOn
