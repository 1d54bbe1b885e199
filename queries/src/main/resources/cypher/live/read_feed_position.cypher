// The feed's last position (0 before any change): what the poller and changeFeedPosition need, without the scan of
// kept changes that read_change_feed does for the oldest one.
// params: $feed
OPTIONAL MATCH (f:ChangeFeed {id: $feed})
RETURN coalesce(f.position, 0) AS position
