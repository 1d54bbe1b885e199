// A category, with the locations of its assets and of those of every narrower category (for coverage);
// no row when there is no such category.
// params: $category (a Category id)
MATCH (target:Category {id: $category})
RETURN target.id AS id, target.name AS name,
       COLLECT {
         MATCH (a:Asset)-[:IN_CATEGORY]->(:Category)-[:BROADER*0..]->(target)
         WHERE a.location IS NOT NULL
         WITH DISTINCT a
         RETURN a.location
       } AS locations
