// Filter fragment, after an entry: every part of the filter, each switched off by a null parameter, and the
// distance from the searched place when there is one.
// Opening hours: a time is open when the hours of its own date cover it, or the previous date's hours run past
// midnight over it. A date's hours are its exceptions (openExceptions: [epochDay, start, end] triplets) when it has
// any, else the weekly spans that start on its weekday (weeklyOpen: [start, end) minutes of the week, Monday 00:00
// = 0). $dayStarts: minute of the week at which the date and the previous date begin; $dayMinute: minute of the day.
WITH a, relevance,
     CASE WHEN $latitude IS NULL THEN null
          ELSE point.distance(a.location, point({latitude: $latitude, longitude: $longitude})) END AS distanceMetres
WHERE a.visibility IN $visibility
  AND ($radiusMetres IS NULL OR distanceMetres <= $radiusMetres)
  AND ($south IS NULL OR point.withinBBox(a.location, point({latitude: $south, longitude: $west}),
                                         point({latitude: $north, longitude: $east})))
  AND ($locality IS NULL OR EXISTS { (a)-[:LOCATED_IN]->(:Locality {id: $locality}) })
  AND ($categoryIds IS NULL
       OR EXISTS { (a)-[:IN_CATEGORY]->(:Category)-[:BROADER*0..]->(c:Category) WHERE c.id IN $categoryIds })
  AND ($free IS NULL OR a.free = $free)
  AND all(feature IN $accessibility WHERE feature IN coalesce(a.accessibility, []))
  AND ($dayMinute IS NULL OR any(k IN [0, 1] WHERE
        CASE WHEN $epochDay IS NOT NULL
                  AND ($epochDay - k) IN [i IN range(0, size(coalesce(a.openExceptions, [])) - 1, 3)
                                          | a.openExceptions[i]]
             THEN any(i IN range(0, size(a.openExceptions) - 1, 3)
                      WHERE a.openExceptions[i] = $epochDay - k
                        AND a.openExceptions[i + 1] <= $dayMinute + 1440 * k < a.openExceptions[i + 2])
             ELSE any(i IN range(0, size(coalesce(a.weeklyOpen, [])) - 1, 2)
                      WHERE $dayStarts[k] <= a.weeklyOpen[i] < $dayStarts[k] + 1440
                        AND a.weeklyOpen[i] <= $dayStarts[k] + $dayMinute + 1440 * k < a.weeklyOpen[i + 1])
        END))
