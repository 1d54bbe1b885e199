package org.lambeth.livingwell.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeSet;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Restores a backup file into an empty database, all or nothing. It refuses, changing nothing, a database that holds
 * data or lacks a schema migration the backup was taken with (the service applies its migrations at start, so the
 * schema is there before the data). It then writes in batches ({@link RestoreBatches}), every node marked until the
 * end, and checks the database against the file's trailer: counts by label and type, and the {@link GraphChecksum
 * content checksum} read back from the database. Only then are the marks removed. If anything fails on the way (a bad
 * or truncated line, a damaged file, a checksum that does not match, Neo4j refusing a batch), everything restored is
 * deleted again and the {@link BackupFileException} names the line.
 * <p>
 * A restore killed outright leaves only marked nodes; the next restore removes them before it starts.
 */
@Service
class RestoreService {

    private static final Logger log = LoggerFactory.getLogger(RestoreService.class);
    private static final int CLEANUP_BATCH = 1_000;

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final LiveGraph graph;

    RestoreService(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
        this.graph = new LiveGraph(driver, cypher);
    }

    BackupSummary restore(Path from) {
        try (var in = Files.newInputStream(from)) {
            return restore(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BackupSummary restore(InputStream in) {
        long started = System.nanoTime();
        try (var reader = BackupReader.open(in)) {
            var header = reader.header();
            requireMigrations(header);
            requireEmpty();
            run("backup/create_restore_key_index");
            run("backup/await_restore_key_index");
            try {
                BackupTrailer trailer;
                try {
                    var batches = new RestoreBatches(driver, cypher, reader::line);
                    trailer = reader.read(batches);
                    batches.finish();
                    verify(trailer, reader.line());
                } catch (RuntimeException e) {
                    throw undone(e, reader.line());
                }
                removeMarks(trailer);
                var summary = new BackupSummary(trailer.counts(), trailer.checksum(), 0,
                        (System.nanoTime() - started) / 1_000_000);
                log.info("Restored {}", summary.describe());
                return summary;
            } finally {
                run("backup/drop_restore_key_index");
            }
        }
    }

    private void requireMigrations(BackupHeader header) {
        var missing = new TreeSet<>(header.migrations());
        missing.removeAll(new HashSet<>(graph.migrationVersions()));
        if (!missing.isEmpty()) {
            throw new RestoreRefusedException("The backup was taken with schema migration(s) " + missing + " that "
                    + "this database has not applied: restore it with the service version that wrote it or a newer "
                    + "one (the service applies its migrations when it starts).");
        }
    }

    private void requireEmpty() {
        try (var session = driver.session()) {
            var row = session.run(cypher.get("backup/count_data_nodes")).single();
            long nodes = row.get("nodes").asLong();
            long leftOver = row.get("restoring").asLong();
            if (nodes > leftOver) {
                throw new RestoreRefusedException("The database already holds " + (nodes - leftOver) + " node(s): a "
                        + "backup is restored only into an empty database (a new embedded store directory, or an "
                        + "empty database at NEO4J_URI).");
            }
            if (leftOver > 0) {
                log.warn("Removing {} node(s) left by an interrupted restore", leftOver);
                deleteRestored();
            }
        }
    }

    private void verify(BackupTrailer trailer, int line) {
        var differences = graph.counts().differencesFrom(trailer.counts());
        if (!differences.isEmpty()) {
            throw new BackupFileException(line, "the restored database does not hold what the file states ("
                    + differences + ")");
        }
        var checksum = GraphChecksum.of(graph);
        if (!checksum.equals(trailer.checksum())) {
            throw new BackupFileException(line, "the restored database's content checksum (" + checksum + ") is not "
                    + "the file's (" + trailer.checksum() + ")");
        }
    }

    private BackupFileException undone(RuntimeException failure, int line) {
        var reported = failure instanceof BackupFileException file ? file
                : new BackupFileException(line, "the restore failed (" + failure.getClass().getSimpleName()
                        + (failure instanceof Neo4jException neo4j ? " " + neo4j.code() : "") + ")");
        try {
            deleteRestored();
        } catch (RuntimeException e) {
            var partial = new BackupFileException(reported.line(), reported.problem() + "; undoing it failed too ("
                    + e.getClass().getSimpleName() + "): the nodes it wrote are labelled "
                    + BackupFormat.RESTORING_LABEL + ", and the next restore removes them before it starts");
            log.warn("Restore failed and could not be undone: {}", partial.getMessage());
            return partial;
        }
        var undone = new BackupFileException(reported.line(), reported.problem() + ". Everything restored was "
                + "deleted again: the database is empty.");
        log.warn("Restore failed and was undone: {}", undone.getMessage());
        return undone;
    }

    private void deleteRestored() {
        repeat("backup/delete_restored_nodes", "deleted");
    }

    /** The data is complete and verified: a failure here keeps it (and says so) rather than deleting it. */
    private void removeMarks(BackupTrailer trailer) {
        try {
            repeat("backup/unmark_restored_nodes", "unmarked");
        } catch (RuntimeException e) {
            throw new IllegalStateException("The restore wrote and verified " + trailer.counts().nodes() + " nodes, but "
                    + "removing its marks failed (" + e.getClass().getSimpleName() + "): the data is complete, yet some "
                    + "nodes still carry the label " + BackupFormat.RESTORING_LABEL + ". Do not restore into this "
                    + "database again (that would remove them); remove the marks with Cypher: MATCH (n:"
                    + BackupFormat.RESTORING_LABEL + ") REMOVE n:" + BackupFormat.RESTORING_LABEL + ", n."
                    + BackupFormat.RESTORE_KEY);
        }
    }

    /** Runs a batch statement until it touches nothing. */
    private void repeat(String statement, String column) {
        try (var session = driver.session()) {
            long touched;
            do {
                touched = session.executeWrite(tx -> tx.run(cypher.get(statement), Map.of("limit", CLEANUP_BATCH))
                        .single().get(column).asLong());
            } while (touched > 0);
        }
    }

    private void run(String statement) {
        try (var session = driver.session()) {
            session.run(cypher.get(statement)).consume();
        }
    }
}
