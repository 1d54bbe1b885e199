// Stores the headline figures of a day (one snapshot per pair of localities a day), returning the snapshot it
// replaces, if any (for the audit trail).
// params: $id, $takenOn (date), $between, $figures (map of numbers and number lists)
OPTIONAL MATCH (old:NetworkSnapshot {id: $id})
WITH old {.*} AS before
MERGE (s:NetworkSnapshot {id: $id})
SET s += $figures, s.takenOn = $takenOn, s.between = $between, s.takenAt = datetime()
RETURN before, s {.*} AS snapshot
