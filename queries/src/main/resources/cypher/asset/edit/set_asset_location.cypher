// Places an asset: its point, whether it lies in the borough, and LOCATED_IN to exactly the localities whose boundary
// covers it (computed point-in-polygon by the service, one of each kind, none outside the borough, as the seeds do).
// params: $id, $latitude, $longitude, $inBorough, $localityIds
MATCH (a:Asset {id: $id})
SET a.location = point({latitude: $latitude, longitude: $longitude}), a.inBorough = $inBorough
WITH a
CALL (a) {
  MATCH (a)-[r:LOCATED_IN]->(:Locality)
  DELETE r
}
CALL (a) {
  UNWIND $localityIds AS localityId
  MATCH (l:Locality {id: localityId})
  MERGE (a)-[:LOCATED_IN]->(l)
}
RETURN a.id AS id
