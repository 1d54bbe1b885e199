// Entry fragment: every asset (no narrowing part in the filter).
MATCH (a:Asset)
WITH a, null AS relevance
