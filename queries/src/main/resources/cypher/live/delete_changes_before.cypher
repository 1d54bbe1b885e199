// Prunes changes older than a moment, a batch at a time (the feed keeps a few days; a client that was away longer is
// told to reload).
// params: $before (datetime), $limit
MATCH (c:Change)
WHERE c.at < $before
WITH c LIMIT $limit
DELETE c
RETURN count(*) AS deleted
