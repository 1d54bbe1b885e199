// Every category (the feed's taxonomy terms) with its broader category's id, by id.
// params: none
MATCH (c:Category)
RETURN c.id AS id, c.name AS name, c.description AS description,
       head([(c)-[:BROADER]->(p:Category) | p.id]) AS parentId
ORDER BY id
