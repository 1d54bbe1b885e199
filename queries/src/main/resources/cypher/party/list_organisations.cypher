// A page of organisations by name.
// params: $skip, $limit
MATCH (o:Organisation)
RETURN o {.id, .name, .type, .description, .website} AS organisation
ORDER BY o.name, o.id
SKIP $skip LIMIT $limit
