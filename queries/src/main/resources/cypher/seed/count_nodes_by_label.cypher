// params: none
MATCH (n) WHERE NOT n:__Neo4jMigration
UNWIND labels(n) AS key
RETURN key, count(*) AS count
