// Every audit entry matching the filter, newest first, one row each (streamed into the CSV export).
// params: $actor, $action, $targetId (each null for any), $from (datetime, inclusive), $to (datetime, exclusive)
MATCH (e:AuditEntry)
WHERE $from <= e.at < $to
  AND ($actor IS NULL OR e.actor = $actor)
  AND ($action IS NULL OR e.action = $action)
  AND ($targetId IS NULL OR e.targetId = $targetId)
RETURN e.at AS at, e.actor AS actor, e.role AS role, e.action AS action, e.targetType AS targetType,
       e.targetId AS targetId, e.before AS before, e.after AS after
ORDER BY e.at DESC, e.id DESC
