// Pseudonymous people of the demo network.
// Contact details (email, phone) are present only with a recorded consent (contactConsent: true, contactConsentOn).
// params: $rows: [{id, props: {displayName, role, demo, source, contactConsent?, contactConsentOn?, email?, phone?}}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p += row.props
