// The ids of everything the feed publishes under a derived UUID: public assets and the organisations that run them.
// params: none
CALL () {
  MATCH (a:Asset)
  WHERE a.visibility = 'PUBLIC'
  RETURN collect(a.id) AS assets
}
CALL () {
  MATCH (o:Organisation)
  WHERE EXISTS { (o)-[:RUNS]->(a:Asset) WHERE a.visibility = 'PUBLIC' }
  RETURN collect(o.id) AS organisations
}
RETURN assets, organisations
