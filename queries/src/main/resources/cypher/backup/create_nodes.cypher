// Restores a batch of nodes, each marked (label __Restoring, its number in the file as __restoreKey) until the
// restore has been verified. Labels are dynamic: values, never statement text.
// params: $rows: list of {key: integer, labels: list of strings, properties: map}
UNWIND $rows AS row
CREATE (n:__Restoring {__restoreKey: row.key})
SET n:$(row.labels), n += row.properties
RETURN count(n) AS created
