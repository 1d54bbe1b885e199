// Assets matching a filter, with the total, in one round trip and one pass over the matches: every match is sorted,
// the total is their number and the page a slice of them (search_assets.cypher, without the total, keeps only
// the top skip + limit instead). Returns one row: the filter's ids that do not exist, the total and the page.
// Template: the lines "// @entry", "// @filter", "// @order" and "// @columns" are replaced by the fixed fragments
// of this folder (_from_*.cypher, _filter.cypher, _order_*.cypher, _asset_columns.cypher); nothing else is
// spliced in.
// params: those of the entry and _filter, $skip, $limit
CALL () {
  // @entry
  // @filter
  WITH a, relevance, distanceMetres
  // @order
  RETURN collect({a: a, relevance: relevance, distanceMetres: distanceMetres}) AS matches
}
RETURN [id IN coalesce($categoryIds, []) WHERE NOT EXISTS { MATCH (:Category {id: id}) }] AS unknownCategories,
       $locality IS NOT NULL AND NOT EXISTS { MATCH (:Locality {id: $locality}) } AS unknownLocality,
       size(matches) AS total,
       COLLECT {
         UNWIND range($skip, size(matches) - 1) AS position
         WITH matches[position] AS match, position
         ORDER BY position
         LIMIT $limit
         WITH match.a AS a, match.distanceMetres AS distanceMetres, match.relevance AS relevance
         RETURN a {
           // @columns
           , distanceMetres: distanceMetres, relevance: relevance}
       } AS rows
