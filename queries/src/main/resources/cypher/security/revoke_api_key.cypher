// Revokes an API key (keeping it, so the audit trail and the list still show it); a second revocation keeps the first date.
// params: $id, $revokedAt (datetime)
MATCH (k:ApiKey {id: $id})
WITH k, k {.id, .name, .role, .requestsPerMinute, .createdAt, .createdBy, .revokedAt} AS before
SET k.revokedAt = coalesce(k.revokedAt, $revokedAt)
RETURN before, k {.id, .name, .role, .requestsPerMinute, .createdAt, .createdBy, .revokedAt} AS apiKey
