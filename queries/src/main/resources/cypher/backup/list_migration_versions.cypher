// The schema migration versions applied in this database (store.MigrationRunner's bookkeeping), lowest first.
// params: none
MATCH (m:__Neo4jMigration)
RETURN m.version AS version
ORDER BY version
