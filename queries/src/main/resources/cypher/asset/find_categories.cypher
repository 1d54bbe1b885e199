// Categories by id, with their broader term's id.
// params: $ids
UNWIND $ids AS id
MATCH (c:Category {id: id})
RETURN c.id AS id, c.name AS name, head([(c)-[:BROADER]->(p:Category) | p.id]) AS parentId
