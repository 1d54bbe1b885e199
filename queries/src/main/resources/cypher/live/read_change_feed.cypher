// Where the feed is: its last position (0 before any change) and the oldest position still kept (null when none are
// kept, for instance after a prune removed them all: the position must still be the feed's, not 0).
// params: $feed
OPTIONAL MATCH (f:ChangeFeed {id: $feed})
WITH coalesce(f.position, 0) AS position
OPTIONAL MATCH (c:Change)
WHERE c.position > 0
WITH position, c.position AS kept
ORDER BY kept
LIMIT 1
RETURN position, kept AS oldest
