// Replaces an asset's categories. Returns the ids given that name no category: the service then refuses the write,
// and the transaction (this change included) is rolled back.
// params: $id, $categoryIds
MATCH (a:Asset {id: $id})
CALL (a) {
  MATCH (a)-[r:IN_CATEGORY]->(:Category)
  DELETE r
}
CALL (a) {
  UNWIND $categoryIds AS categoryId
  MATCH (c:Category {id: categoryId})
  MERGE (a)-[:IN_CATEGORY]->(c)
}
RETURN [categoryId IN $categoryIds WHERE NOT EXISTS { MATCH (:Category {id: categoryId}) }] AS unknownCategories
