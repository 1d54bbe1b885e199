// Waits until the restore's temporary index is online.
// params: none
CALL db.awaitIndex('backup_restore_key', 300)
