// and by what changed (erasure finds a person's entries)
CREATE INDEX audit_entry_target IF NOT EXISTS FOR (e:AuditEntry) ON (e.targetId);
