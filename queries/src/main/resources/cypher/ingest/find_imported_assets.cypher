// The assets an import's rows name that exist already, with the digest of what their last import set.
// params: $ids (asset ids)
UNWIND $ids AS id
MATCH (a:Asset {id: id})
RETURN a.id AS id, a.importHash AS importHash
