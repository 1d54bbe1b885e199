// 0 when the database holds nothing but migration bookkeeping.
// params: none
OPTIONAL MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
WITH n LIMIT 1
RETURN count(n) AS nodes
