// Undoes a failed restore, a batch at a time: deletes nodes it marked, with their relationships.
// params: $limit (nodes per transaction)
MATCH (n:__Restoring)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
