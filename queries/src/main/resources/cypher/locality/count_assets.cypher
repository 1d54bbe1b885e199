// The number of assets located in each of several localities.
// params: $ids
UNWIND $ids AS id
MATCH (l:Locality {id: id})
RETURN l.id AS id, COUNT { (l)<-[:LOCATED_IN]-(:Asset) } AS assetCount
