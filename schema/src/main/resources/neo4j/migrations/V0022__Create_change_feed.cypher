// The live map's change feed (live package): one ChangeFeed counter node per feed, and a Change node per committed
// change, numbered by position; service instances read changes after a position, and prune them by age
CREATE CONSTRAINT change_feed_id IF NOT EXISTS FOR (f:ChangeFeed) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT change_position IF NOT EXISTS FOR (c:Change) REQUIRE c.position IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
