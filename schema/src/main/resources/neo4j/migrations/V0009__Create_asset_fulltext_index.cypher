// text search over asset names and descriptions
CREATE FULLTEXT INDEX asset_text IF NOT EXISTS FOR (a:Asset) ON EACH [a.name, a.description];
