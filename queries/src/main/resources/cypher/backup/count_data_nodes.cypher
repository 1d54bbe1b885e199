// Whether a restore may write here: the data nodes (all but the migration bookkeeping), and how many of them are
// marks left by an interrupted restore.
// params: none
MATCH (n)
WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
RETURN count(n) AS nodes, count(CASE WHEN n:__Restoring THEN 1 END) AS restoring
