// Disables (revokes) every API key not yet revoked whose role createApiKey never grants; returns each key's id and
// role, to be audited and reported. Keeps the node, so what was found stays to be looked into.
// params: $grantableRoles (the role names createApiKey grants), $revokedAt (datetime)
MATCH (k:ApiKey)
WHERE NOT coalesce(k.role, '') IN $grantableRoles AND k.revokedAt IS NULL
SET k.revokedAt = $revokedAt
RETURN k.id AS id, k.role AS role
ORDER BY id
