// One public asset as an Open Referral service, with its categories and the organisations that run it; no row when
// there is no such asset or it is not PUBLIC.
// params: $id (the asset's id)
MATCH (a:Asset {id: $id})
WHERE a.visibility = 'PUBLIC'
RETURN a {
  .id, .name, .description, .address, .postcode, .uprn, .phone, .email, .website, .free, .updatedAt,
  .weeklyOpen, .openExceptions, .accessibility,
  latitude: a.location.latitude, longitude: a.location.longitude,
  categories: COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category)
               RETURN c {.id, .name, .description, parentId: head([(c)-[:BROADER]->(p:Category) | p.id])}
               ORDER BY c.id },
  organisations: [(o:Organisation)-[:RUNS]->(a) | o {.id, .name, .description, .website}]
} AS service
