// Entry fragment: assets inside a box, seeking the point index asset_location.
MATCH (a:Asset)
WHERE point.withinBBox(a.location, point({latitude: $south, longitude: $west}),
                       point({latitude: $north, longitude: $east}))
WITH a, null AS relevance
