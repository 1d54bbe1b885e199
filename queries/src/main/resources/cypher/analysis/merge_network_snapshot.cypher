// Stores the headline figures of a day (one snapshot per pair of localities a day).
// params: $id, $takenOn (date), $between, $figures (map of numbers and number lists)
MERGE (s:NetworkSnapshot {id: $id})
SET s += $figures, s.takenOn = $takenOn, s.between = $between, s.takenAt = datetime()
RETURN s {.*} AS snapshot
