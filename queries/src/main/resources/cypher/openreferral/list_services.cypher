// Public assets as Open Referral services, a page at a time by name, with the number of all that match: those the
// full-text query finds (when given) in the category or a narrower one (when given). Never NETWORK assets, never
// retired ones (they are no longer :Asset), nothing about people: each service carries only its categories and the
// organisations that run it, projected inline (no per-item round trips).
// params: $textQuery (a full-text query built by openreferral.SearchText, or null), $categoryId (or null),
//         $skip, $limit
CALL () {
  CALL () {
    WITH $textQuery AS q WHERE q IS NOT NULL
    CALL db.index.fulltext.queryNodes('asset_text', q) YIELD node
    RETURN node AS a
    UNION ALL
    WITH $textQuery AS q WHERE q IS NULL
    MATCH (a:Asset)
    RETURN a
  }
  WITH a
  WHERE a:Asset AND a.visibility = 'PUBLIC'
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
    RETURN a
  }
  WITH a
  WHERE a:Asset AND a.visibility = 'PUBLIC'
    AND ($categoryId IS NULL
         OR EXISTS { (a)-[:IN_CATEGORY]->(:Category)-[:BROADER*0..]->(:Category {id: $categoryId}) })
  WITH a
  ORDER BY a.name, a.id
  SKIP $skip
  LIMIT $limit
  RETURN collect(a {
    .id, .name, .description, .address, .postcode, .uprn, .phone, .email, .website, .free, .updatedAt,
    .weeklyOpen, .openExceptions, .accessibility,
    latitude: a.location.latitude, longitude: a.location.longitude,
    categories: COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category)
                 RETURN c {.id, .name, .description, parentId: head([(c)-[:BROADER]->(p:Category) | p.id])}
                 ORDER BY c.id },
    organisations: [(o:Organisation)-[:RUNS]->(a) | o {.id, .name, .description, .website}]
  }) AS services
}
RETURN total, services
