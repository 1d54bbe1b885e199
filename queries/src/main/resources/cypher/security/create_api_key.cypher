// Stores a new API key: its SHA-256 hash, never the key itself.
// params: $id, $name, $role, $hash, $requestsPerMinute, $createdAt (datetime), $createdBy
CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, requestsPerMinute: $requestsPerMinute,
                  createdAt: $createdAt, createdBy: $createdBy})
RETURN k {.id, .name, .role, .requestsPerMinute, .createdAt, .createdBy, .revokedAt} AS apiKey
