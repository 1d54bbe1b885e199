// Assets matching a filter, without the total, in one round trip: the filter's ids that do not exist and one page
// of rows (only the top skip + limit matches are kept while ranking; search_assets_counted.cypher also counts them).
// Template: the lines "// @entry", "// @filter", "// @order" and "// @columns" are replaced by the fixed fragments
// of this folder (_from_*.cypher, _filter.cypher, _order_*.cypher, _asset_columns.cypher); nothing else is
// spliced in.
// params: those of the entry and _filter, $skip, $limit
RETURN [id IN coalesce($categoryIds, []) WHERE NOT EXISTS { MATCH (:Category {id: id}) }] AS unknownCategories,
       $locality IS NOT NULL AND NOT EXISTS { MATCH (:Locality {id: $locality}) } AS unknownLocality,
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
