// What the cluster index compares with its own state before answering: the asset feed's position and the number of
// assets, categories and localities (from the count store, so cheap). A count it cannot explain by the feed (a seed
// load, a restore, a bulk write) makes it rebuild.
// params: $feed
OPTIONAL MATCH (f:ChangeFeed {id: $feed})
CALL () {
  MATCH (a:Asset)
  RETURN count(a) AS assets
}
CALL () {
  MATCH (c:Category)
  RETURN count(c) AS categories
}
CALL () {
  MATCH (l:Locality)
  RETURN count(l) AS localities
}
RETURN coalesce(f.position, 0) AS position, assets, categories, localities
