// A temporary index a restore wires relationships through (nodes are keyed by their number in the backup file);
// dropped when the restore ends.
// params: none
CREATE INDEX backup_restore_key IF NOT EXISTS FOR (n:__Restoring) ON (n.__restoreKey)
