// Erasure, step 1: deletes a person and every relationship of theirs (KNOWS, HAS_SKILL, MEMBER_OF, LOCATED_IN,
// INTRODUCED, ...). Returns what identified them (for step 3 to find it in the audit trail; never stored or logged)
// and how many relationships of each type went. No row when there is no such person.
// params: $id
MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[r]-()
  WITH type(r) AS type, count(DISTINCT r) AS removed
  RETURN collect(CASE WHEN type IS NOT NULL THEN {type: type, count: removed} END) AS relationships
}
WITH p, relationships, [value IN [p.id, p.displayName, p.email, p.phone] WHERE value IS NOT NULL] AS identifiers
DETACH DELETE p
RETURN relationships, identifiers
