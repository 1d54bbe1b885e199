// Appends one change to the feed, inside the writing transaction: the feed's counter node is locked until commit, so
// positions are given out in commit order with no gaps (a rolled-back write takes its position back with it).
// params: $feed, $kind, $assetId (or null), $count, $source (or null), $visibilities (list), $at (datetime)
MERGE (f:ChangeFeed {id: $feed})
  ON CREATE SET f.position = 0
SET f.position = f.position + 1
CREATE (c:Change {position: f.position, feed: $feed, kind: $kind, assetId: $assetId, count: $count,
                  source: $source, visibilities: $visibilities, at: $at})
RETURN c.position AS position
