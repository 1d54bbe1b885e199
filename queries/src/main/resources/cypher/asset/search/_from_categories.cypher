// Entry fragment: assets in the categories or any narrower one.
MATCH (c:Category) WHERE c.id IN $categoryIds
MATCH (c)<-[:BROADER*0..]-(:Category)<-[:IN_CATEGORY]-(a:Asset)
WITH DISTINCT a, null AS relevance
