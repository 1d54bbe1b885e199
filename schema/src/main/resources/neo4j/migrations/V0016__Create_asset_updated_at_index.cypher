// the RECENTLY_UPDATED order of the asset search
CREATE RANGE INDEX asset_updated_at IF NOT EXISTS FOR (a:Asset) ON (a.updatedAt);
