// The API keys whose role createApiKey never grants (ADMIN, a name that is none of our roles, or none at all): not
// made by the service, so written into the store directly. Read at start-up. Never the hashes.
// params: $grantableRoles (the role names createApiKey grants)
MATCH (k:ApiKey)
WHERE NOT coalesce(k.role, '') IN $grantableRoles
RETURN k.id AS id, k.role AS role, k.revokedAt IS NOT NULL AS revoked
ORDER BY id
