// Every relationship, streamed, with its endpoints' internal ids (read in the same transaction as read_nodes).
// params: none
MATCH (a)-[r]->(b)
RETURN id(a) AS start, id(b) AS end, type(r) AS type, properties(r) AS properties
