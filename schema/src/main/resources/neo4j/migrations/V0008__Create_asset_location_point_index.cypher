// radius and box searches: point.distance(a.location, $p) and point.withinBBox(a.location, $sw, $ne) seek on it
CREATE POINT INDEX asset_location IF NOT EXISTS FOR (a:Asset) ON (a.location);
