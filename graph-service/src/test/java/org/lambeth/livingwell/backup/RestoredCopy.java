package org.lambeth.livingwell.backup;

import java.nio.file.Path;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;

/**
 * A copy of a database made the way an operator makes one: backed up to a file and restored into a second, fresh
 * embedded Neo4j ({@link EmptyNeo4j}). For tests outside this package that compare answers across an identical
 * restore; the copy's content checksum is checked against the original's before it is handed out.
 */
public final class RestoredCopy implements AutoCloseable {

    private final EmptyNeo4j target;

    private RestoredCopy(EmptyNeo4j target) {
        this.target = target;
    }

    /** Backs {@code source} up under {@code directory} and restores it into a new store there. */
    public static RestoredCopy of(Driver source, CypherCatalogue cypher, Path directory) {
        var file = directory.resolve("copy.jsonl.gz");
        var backedUp = new BackupService(source, cypher).backup(file);
        var target = EmptyNeo4j.start(directory.resolve("copy-store"));
        try {
            var restored = new RestoreService(target.driver(), cypher).restore(file);
            if (!restored.checksum().equals(backedUp.checksum())) {
                throw new IllegalStateException("the restored copy's checksum differs from the backup's");
            }
            return new RestoredCopy(target);
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    public Driver driver() {
        return target.driver();
    }

    @Override
    public void close() {
        target.close();
    }
}
