// Every category with its parent, for the cluster index (top categories of a cluster, sub-categories of a filter).
// params: none
MATCH (c:Category)
RETURN c.id AS id, c.name AS name, head([(c)-[:BROADER]->(p:Category) | p.id]) AS parentId
