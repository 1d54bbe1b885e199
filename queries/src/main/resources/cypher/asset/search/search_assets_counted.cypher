// Assets matching a filter, with the total, in one round trip: the filter's ids that do not exist, the total and
// one page of rows. The matches are counted in one pass and ranked in another, keeping only the top skip + limit:
// collecting every match to count and slice it would hold them all in transaction memory (thousands of rows a
// request at 100k assets, refused under concurrent load by Neo4j's transaction memory limit).
// Template: the lines "// @entry", "// @filter", "// @order" and "// @columns" are replaced by the fixed fragments
// of this folder (_from_*.cypher, _filter.cypher, _order_*.cypher, _asset_columns.cypher); nothing else is
// spliced in.
// params: those of the entry and _filter, $skip, $limit
RETURN [id IN coalesce($categoryIds, []) WHERE NOT EXISTS { MATCH (:Category {id: id}) }] AS unknownCategories,
       $locality IS NOT NULL AND NOT EXISTS { MATCH (:Locality {id: $locality}) } AS unknownLocality,
       COUNT {
         // @entry
         // @filter
         RETURN a
       } AS total,
       COLLECT {
         // @entry
         // @filter
         WITH a, relevance, distanceMetres
         // @order
         SKIP $skip LIMIT $limit
         RETURN a {
           // @columns
           , distanceMetres: distanceMetres, relevance: relevance}
       } AS rows
