// Order fragment: best text match first.
ORDER BY relevance DESC, a.id
