// The whole taxonomy: every category (used by an asset or not) with its broader category's id, by name.
// params: none
MATCH (c:Category)
RETURN c.id AS id, c.name AS name, head([(c)-[:BROADER]->(p:Category) | p.id]) AS parentId
ORDER BY name, id
