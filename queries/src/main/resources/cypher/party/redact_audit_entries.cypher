// Erasure, step 3: audit entries about the erased person, or whose before/after text holds anything that identified
// them (the id as a JSON string, display name, email, phone), keep who did what and when, but lose the person: the
// target id (of entries about them), before and after are removed and the entry is marked redacted.
// params: $id, $identifiers (the id as a JSON string, then the other identifying values as they appear in JSON text)
MATCH (e:AuditEntry)
WITH e, e.targetType = 'Person' AND e.targetId = $id AS aboutThem
WHERE aboutThem OR any(value IN $identifiers WHERE e.before CONTAINS value OR e.after CONTAINS value)
SET e.targetId = CASE WHEN aboutThem THEN null ELSE e.targetId END,
    e.before = null,
    e.after = null,
    e.redacted = true
RETURN count(e) AS redacted
