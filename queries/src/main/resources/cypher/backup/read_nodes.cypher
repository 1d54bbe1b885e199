// Every node but the migration bookkeeping, streamed: the internal id (only to wire the relationships read in the
// same transaction), the labels and the properties.
// params: none
MATCH (n)
WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
RETURN id(n) AS id, labels(n) AS labels, properties(n) AS properties
