// An asset's editable fields as plain values (the audit trail's before and after; the service turns the opening
// hours, weeklyOpen and openExceptions, into text). Takes the node's write lock
// first (a property set and removed), so that within a write transaction no other edit changes it between this read
// and the write.
// params: $id
MATCH (a:Asset {id: $id})
SET a.editLock = true
REMOVE a.editLock
RETURN a {.id, .name, .description, .address, .postcode, .phone, .email, .website, .free, .accessibility,
          .visibility, .inBorough, .source, .updatedAt, .weeklyOpen, .openExceptions,
          latitude: a.location.latitude, longitude: a.location.longitude,
          categories: COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category) RETURN c.id ORDER BY c.id },
          localities: COLLECT { MATCH (a)-[:LOCATED_IN]->(l:Locality) RETURN l.id ORDER BY l.id }} AS fields
