// sort by name
CREATE RANGE INDEX asset_name IF NOT EXISTS FOR (a:Asset) ON (a.name);
