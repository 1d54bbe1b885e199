// One page of the audit trail, newest first, with the number of entries matching the filter. The time range always
// applies (the service passes the widest one when none is given), so both parts can seek the index on AuditEntry.at.
// params: $actor, $action, $targetId (each null for any), $from (datetime, inclusive), $to (datetime, exclusive),
//         $skip, $limit
RETURN COUNT {
         MATCH (e:AuditEntry)
         WHERE $from <= e.at < $to
           AND ($actor IS NULL OR e.actor = $actor)
           AND ($action IS NULL OR e.action = $action)
           AND ($targetId IS NULL OR e.targetId = $targetId)
       } AS total,
       COLLECT {
         MATCH (e:AuditEntry)
         WHERE $from <= e.at < $to
           AND ($actor IS NULL OR e.actor = $actor)
           AND ($action IS NULL OR e.action = $action)
           AND ($targetId IS NULL OR e.targetId = $targetId)
         WITH e
         ORDER BY e.at DESC, e.id DESC
         SKIP $skip LIMIT $limit
         RETURN e {.id, .at, .actor, .role, .action, .targetType, .targetId, .before, .after}
       } AS entries
