// A page of people by display name, each with their ward and skills, and their contact details only where they
// recorded consent to share them and $withContact asks for them; with the total that match the filter and whether the
// filter's ids exist (a locality's kind, null when there is none).
// params: $skill (a Skill id, or null), $locality (a Locality id: the ward, or a grouping of wards; or null),
//         $skip, $limit, $withContact (boolean)
MATCH (p:Person)
WHERE ($skill IS NULL OR EXISTS { (p)-[:HAS_SKILL]->(:Skill {id: $skill}) })
  AND ($locality IS NULL OR EXISTS {
        MATCH (p)-[:LOCATED_IN]->(w:Locality)
        WHERE w.id = $locality OR EXISTS { (w)-[:PART_OF]->(:Locality {id: $locality}) } })
WITH p ORDER BY p.displayName, p.id
WITH collect(p) AS matched
RETURN size(matched) AS total,
       $skill IS NULL OR EXISTS { MATCH (:Skill {id: $skill}) } AS skillFound,
       head(COLLECT { MATCH (l:Locality {id: $locality}) RETURN l.kind }) AS localityKind,
       [p IN matched[$skip..($skip + $limit)] | p {.id, .displayName, .role,
         locality: head(COLLECT { MATCH (p)-[:LOCATED_IN]->(l:Locality {kind: 'WARD'})
                         RETURN l {.id, .name, .kind, .half} ORDER BY l.id LIMIT 1 }),
         skills: [(p)-[:HAS_SKILL]->(s:Skill) | s {.id, .name}],
         contact: CASE WHEN $withContact AND p.contactConsent = true
                       THEN {email: p.email, phone: p.phone, consentedOn: p.contactConsentOn} END}] AS people
