// params: $rows: [{asset, category}]
UNWIND $rows AS row
MATCH (a:Asset {id: row.asset})
MATCH (c:Category {id: row.category})
MERGE (a)-[:IN_CATEGORY]->(c)
