// One person with their ward and skills, and their contact details only where they recorded consent to share them and
// $withContact asks for them. No row when there is no such person.
// params: $id, $withContact (boolean)
MATCH (p:Person {id: $id})
RETURN p {.id, .displayName, .role,
         locality: head(COLLECT { MATCH (p)-[:LOCATED_IN]->(l:Locality {kind: 'WARD'})
                         RETURN l {.id, .name, .kind, .half} ORDER BY l.id LIMIT 1 }),
         skills: [(p)-[:HAS_SKILL]->(s:Skill) | s {.id, .name}],
         contact: CASE WHEN $withContact AND p.contactConsent = true
                       THEN {email: p.email, phone: p.phone, consentedOn: p.contactConsentOn} END} AS person
