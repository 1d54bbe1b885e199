// an applied migration, edited afterwards: start-up must stop
CREATE CONSTRAINT asset_id IF NOT EXISTS FOR (n:Asset) REQUIRE n.id IS UNIQUE;
CREATE INDEX asset_edited IF NOT EXISTS FOR (n:Asset) ON (n.edited);
