// The locality hierarchy: ward PART_OF half, third and borough; LSOA PART_OF ward; grouping PART_OF borough.
// params: $rows: [{child, parent}]
UNWIND $rows AS row
MATCH (child:Locality {id: row.child})
MATCH (parent:Locality {id: row.parent})
MERGE (child)-[:PART_OF]->(parent)
