// Ends a verified restore, a batch at a time: removes its marks from the nodes it wrote.
// params: $limit (nodes per transaction)
MATCH (n:__Restoring)
WITH n LIMIT $limit
REMOVE n:__Restoring, n.__restoreKey
RETURN count(*) AS unmarked
