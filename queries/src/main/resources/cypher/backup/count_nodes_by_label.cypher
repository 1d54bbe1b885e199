// Nodes by label, leaving out the migration bookkeeping and a restore's own mark; a node with two labels counts
// under each. The row whose label is null counts every node.
// params: none
MATCH (n)
WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
UNWIND [null] + labels(n) AS label
WITH label WHERE label IS NULL OR label <> '__Restoring'
RETURN label, count(*) AS count
