// Restores a batch of relationships between restored nodes, found by their numbers in the file. The type is dynamic:
// a value, never statement text.
// params: $rows: list of {start: integer, end: integer, type: string, properties: map}
UNWIND $rows AS row
MATCH (a:__Restoring {__restoreKey: row.start})
MATCH (b:__Restoring {__restoreKey: row.end})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created
