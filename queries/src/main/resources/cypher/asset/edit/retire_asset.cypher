// Retires an asset: the node keeps its properties and relationships for the record, but trades the Asset label for
// RetiredAsset, so that no search, asset(id), count or analysis (all match :Asset) finds it any more.
// params: $id, $retiredAt (datetime), $reason (or null)
MATCH (a:Asset {id: $id})
REMOVE a:Asset
SET a:RetiredAsset, a.retiredAt = $retiredAt, a.retiredReason = $reason
RETURN a.id AS id, a.name AS name, a.retiredAt AS retiredAt, a.retiredReason AS reason
