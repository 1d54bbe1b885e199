// Of some API keys, those that still work (they exist and are not revoked): the keys open live sockets were opened
// with, re-checked every few hundred milliseconds while such sockets are open, so a revocation through any instance
// closes them everywhere.
// params: $ids (list of key ids)
MATCH (k:ApiKey)
WHERE k.id IN $ids AND k.revokedAt IS NULL
RETURN k.id AS id
