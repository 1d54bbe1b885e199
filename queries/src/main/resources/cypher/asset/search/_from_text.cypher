// Entry fragment: full-text matches, best first; $textQuery is built from the user's words, escaped (TextQuery).
CALL db.index.fulltext.queryNodes('asset_text', $textQuery) YIELD node, score
WITH node AS a, score AS relevance
