// Facet counts for a filter, in one round trip: the total, per category (an asset counts under its category and
// every broader one), per locality (every kind) and per accessibility feature, largest first.
// Template: "// @entry" and "// @filter" are replaced by the fixed fragments of this folder.
// params: those of the entry and _filter
CALL () {
  // @entry
  // @filter
  RETURN collect(a) AS hits
}
RETURN [id IN coalesce($categoryIds, []) WHERE NOT EXISTS { MATCH (:Category {id: id}) }] AS unknownCategories,
       $locality IS NOT NULL AND NOT EXISTS { MATCH (:Locality {id: $locality}) } AS unknownLocality,
       size(hits) AS total,
       COLLECT {
         UNWIND hits AS a
         MATCH (a)-[:IN_CATEGORY]->(:Category)-[:BROADER*0..]->(c:Category)
         WITH c, count(DISTINCT a) AS n
         ORDER BY n DESC, c.id
         RETURN c {.id, .name, parentId: head([(c)-[:BROADER]->(p:Category) | p.id]), count: n}
       } AS categories,
       COLLECT {
         UNWIND hits AS a
         MATCH (a)-[:LOCATED_IN]->(l:Locality)
         WITH l, count(a) AS n
         ORDER BY n DESC, l.id
         RETURN l {.id, .name, .kind, .half, count: n}
       } AS localities,
       COLLECT {
         UNWIND hits AS a
         UNWIND coalesce(a.accessibility, []) AS feature
         WITH feature, count(*) AS n
         ORDER BY n DESC, feature
         RETURN {feature: feature, count: n}
       } AS accessibility
