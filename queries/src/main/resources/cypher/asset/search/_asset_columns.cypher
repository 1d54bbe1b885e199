// Columns fragment: what the Asset type shows, as map-projection entries of a (no N+1: related data inline).
.id, .name, .description, .location, .address, .postcode, .inBorough, .source, .phone, .email, .website,
.weeklyOpen, .openExceptions, .accessibility, .free, .visibility, .updatedAt,
categories: COLLECT { MATCH (a)-[:IN_CATEGORY]->(c:Category)
                     RETURN c {.id, .name, parentId: head([(c)-[:BROADER]->(p:Category) | p.id])} ORDER BY c.id },
localities: [(a)-[:LOCATED_IN]->(l:Locality) | l {.id, .name, .kind, .half}],
runBy: [(o:Organisation)-[:RUNS]->(a) | o {.id, .name, .type, .description, .website}]
