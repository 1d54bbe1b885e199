// The API key with this hash (revoked or not), for authenticating a request.
// params: $hash
MATCH (k:ApiKey {hash: $hash})
RETURN k {.id, .name, .role, .requestsPerMinute, .createdAt, .createdBy, .revokedAt} AS apiKey
