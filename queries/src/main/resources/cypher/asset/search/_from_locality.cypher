// Entry fragment: assets whose precomputed point-in-polygon LOCATED_IN names the locality.
MATCH (:Locality {id: $locality})<-[:LOCATED_IN]-(a:Asset)
WITH a, null AS relevance
