// One organisation, if it runs at least one public asset.
// params: $id (the organisation's id)
MATCH (o:Organisation {id: $id})
WHERE EXISTS { (o)-[:RUNS]->(a:Asset) WHERE a.visibility = 'PUBLIC' }
RETURN o {.id, .name, .description, .website} AS organisation
