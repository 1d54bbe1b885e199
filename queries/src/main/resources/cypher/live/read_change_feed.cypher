// Where the feed is: its last position (0 before any change) and the oldest position still kept (null when none).
// params: $feed
OPTIONAL MATCH (f:ChangeFeed {id: $feed})
CALL (f) {
  MATCH (c:Change)
  WHERE c.position > 0
  RETURN min(c.position) AS oldest
}
RETURN coalesce(f.position, 0) AS position, oldest
