// Sets a user's password, with no change required at the next login (the embedded database's neo4j user gets the
// one kept in its data directory). Runs against the system database.
// params: $user, $password
ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED
