// Public assets within $radiusMetres of a point as Open Referral services, nearest first, a page at a time, with the
// number of all that match; the point index asset_location narrows them first (or, with a text query, the
// full-text index, and the distance filters). Otherwise as list_services: only PUBLIC assets, categories and
// running organisations inline, nothing about people.
// params: $latitude, $longitude, $radiusMetres, $textQuery (or null), $categoryId (or null), $skip, $limit
CALL () {
  CALL () {
    WITH $textQuery AS q WHERE q IS NOT NULL
    CALL db.index.fulltext.queryNodes('asset_text', q) YIELD node
    RETURN node AS a
    UNION ALL
    WITH $textQuery AS q WHERE q IS NULL
    MATCH (a:Asset)
    WHERE point.distance(a.location, point({latitude: $latitude, longitude: $longitude})) <= $radiusMetres
    RETURN a
  }
  WITH a
  WHERE a:Asset AND a.visibility = 'PUBLIC'
    AND point.distance(a.location, point({latitude: $latitude, longitude: $longitude})) <= $radiusMetres
    AND ($categoryId IS NULL
         OR EXISTS { (a)-[:IN_CATEGORY]->(:Category)-[:BROADER*0..]->(:Category {id: $categoryId}) })
  RETURN count(a) AS total
}
CALL () {
  CALL () {
    WITH $textQuery AS q WHERE q IS NOT NULL
    CALL db.index.fulltext.queryNodes('asset_text', q) YIELD node
    RETURN node AS a
    UNION ALL
    WITH $textQuery AS q WHERE q IS NULL
    MATCH (a:Asset)
    WHERE point.distance(a.location, point({latitude: $latitude, longitude: $longitude})) <= $radiusMetres
    RETURN a
  }
  WITH a, point.distance(a.location, point({latitude: $latitude, longitude: $longitude})) AS distanceMetres
  WHERE a:Asset AND a.visibility = 'PUBLIC' AND distanceMetres <= $radiusMetres
    AND ($categoryId IS NULL
         OR EXISTS { (a)-[:IN_CATEGORY]->(:Category)-[:BROADER*0..]->(:Category {id: $categoryId}) })
  WITH a, distanceMetres
  ORDER BY distanceMetres, a.id
  SKIP $skip
  LIMIT $limit
  RETURN collect(a {
    .id, .name, .description, .address, .postcode, .uprn, .phone, .email, .website, .free, .updatedAt,
    .weeklyOpen, .openExceptions, .accessibility,
    latitude: a.location.latitude, longitude: a.location.longitude, distanceMetres: distanceMetres,
    categories: COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category)
                 RETURN c {.id, .name, .description, parentId: head([(c)-[:BROADER]->(p:Category) | p.id])}
                 ORDER BY c.id },
    organisations: [(o:Organisation)-[:RUNS]->(a) | o {.id, .name, .description, .website}]
  }) AS services
}
RETURN total, services
