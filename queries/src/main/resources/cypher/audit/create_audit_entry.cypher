// Records one write in the audit trail, inside the transaction of the write itself (so a write that fails leaves
// no entry claiming it happened).
// params: $id, $at (datetime), $actor, $role, $action, $targetType, $targetId, $before, $after (JSON text or null)
CREATE (e:AuditEntry {id: $id, at: $at, actor: $actor, role: $role, action: $action, targetType: $targetType,
                      targetId: $targetId, before: $before, after: $after})
RETURN e.id AS id
