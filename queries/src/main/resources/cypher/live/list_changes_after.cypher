// The changes after a position, oldest first (the unique constraint's index gives the order).
// params: $after, $limit
MATCH (c:Change)
WHERE c.position > $after
RETURN c.position AS position, c.kind AS kind, c.assetId AS assetId, c.count AS count, c.source AS source,
       c.visibilities AS visibilities, c.at AS at
ORDER BY c.position
LIMIT $limit
