// Every API key, newest first (never the hashes).
// params: none
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, .requestsPerMinute, .createdAt, .createdBy, .revokedAt} AS apiKey
ORDER BY k.createdAt DESC, k.id
