// Drops the restore's temporary index.
// params: none
DROP INDEX backup_restore_key IF EXISTS
