// Organisations that run at least one public asset (the feed's organizations), a page at a time by name, with the
// number of them.
// params: $skip, $limit
CALL () {
  MATCH (o:Organisation)
  WHERE EXISTS { (o)-[:RUNS]->(a:Asset) WHERE a.visibility = 'PUBLIC' }
  RETURN count(o) AS total
}
CALL () {
  MATCH (o:Organisation)
  WHERE EXISTS { (o)-[:RUNS]->(a:Asset) WHERE a.visibility = 'PUBLIC' }
  WITH o
  ORDER BY o.name, o.id
  SKIP $skip
  LIMIT $limit
  RETURN collect(o {.id, .name, .description, .website}) AS organisations
}
RETURN total, organisations
