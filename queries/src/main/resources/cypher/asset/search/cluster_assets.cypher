// Map clusters: the assets in a box that match the filter, grouped on a grid of $cellLon x $cellLat degrees
// anchored at 0,0 (so cells do not move as the map pans), with each cell's count, mean position, bounds, counts
// per primary category (an asset's category with the smallest id, a rule that does not depend on storage order,
// so a restored store gives the same clusters) and up to $singles asset ids (for cells shown as single assets).
// Template: "// @entry" (always _from_box) and "// @filter" are replaced by the fixed fragments of this folder.
// params: those of _from_box and _filter, $cellLon, $cellLat, $singles
// @entry
// @filter
WITH a, toInteger(floor(a.location.longitude / $cellLon)) AS cx, toInteger(floor(a.location.latitude / $cellLat)) AS cy
WITH cx, cy, head(COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category) RETURN c ORDER BY c.id LIMIT 1 }) AS category,
     count(*) AS n,
     sum(a.location.latitude) AS sumLatitude, sum(a.location.longitude) AS sumLongitude,
     min(a.location.latitude) AS south, max(a.location.latitude) AS north,
     min(a.location.longitude) AS west, max(a.location.longitude) AS east,
     collect(a.id)[..$singles] AS ids
WITH cx, cy, sum(n) AS count, sum(sumLatitude) AS sumLatitude, sum(sumLongitude) AS sumLongitude,
     min(south) AS south, max(north) AS north, min(west) AS west, max(east) AS east,
     collect({count: n, category: category {.id, .name,
                                             parentId: head([(category)-[:BROADER]->(p:Category) | p.id])}})
       AS categories,
     collect(ids) AS idLists
RETURN count, sumLatitude / count AS latitude, sumLongitude / count AS longitude, south, west, north, east,
       categories,
       CASE WHEN count <= $singles THEN reduce(all = [], ids IN idLists | all + ids) ELSE [] END AS ids
ORDER BY count DESC, cx, cy
