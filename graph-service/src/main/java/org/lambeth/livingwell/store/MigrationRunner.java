package org.lambeth.livingwell.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the Cypher migrations under {@code classpath*:neo4j/migrations/} in version order, each once, and records
 * each in the graph as a {@code :__Neo4jMigration} node with its checksum. A migration that was applied and has since
 * been edited stops start-up: write a new migration instead. A lock node keeps two instances from migrating at once.
 * <p>
 * Our own because neo4j-migrations, whose conventions this follows, is not served from Maven Central here.
 */
public final class MigrationRunner {

    /** Schema changes and index population may take minutes on a large store: longer than the per-query limit. */
    private static final org.neo4j.driver.TransactionConfig LONG_RUNNING = org.neo4j.driver.TransactionConfig.builder()
            .withTimeout(java.time.Duration.ofMinutes(10)).build();

    static final String LOCATION = "classpath*:neo4j/migrations/V*.cypher";
    private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);
    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private final Driver driver;
    private final String location;

    public MigrationRunner(Driver driver) {
        this(driver, LOCATION);
    }

    MigrationRunner(Driver driver, String location) {
        this.driver = driver;
        this.location = location;
    }

    /** Applies what is pending; returns the versions applied now. */
    public List<Integer> migrate() {
        var migrations = discover();
        try (var session = driver.session()) {
            createBookkeepingSchema(session);
            acquireLock(session);
            try {
                return applyPending(session, migrations);
            } finally {
                session.run("MATCH (l:__Neo4jMigrationsLock {id: 'lock'}) DELETE l").consume();
            }
        }
    }

    List<Migration> discover() {
        try {
            var resources = new PathMatchingResourcePatternResolver(MigrationRunner.class.getClassLoader())
                    .getResources(location);
            var migrations = new ArrayList<Migration>();
            for (Resource resource : resources) {
                migrations.add(Migration.of(resource.getFilename(),
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            migrations.sort(Comparator.comparingInt(Migration::version));
            for (int i = 1; i < migrations.size(); i++) {
                if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                    throw new IllegalStateException("Two migrations share version " + migrations.get(i).version()
                            + ": " + migrations.get(i - 1).fileName() + " and " + migrations.get(i).fileName());
                }
            }
            return migrations;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migrations from " + location, e);
        }
    }

    private List<Integer> applyPending(Session session, List<Migration> migrations) {
        var applied = new ArrayList<Integer>();
        for (Migration migration : migrations) {
            var recorded = session.run("MATCH (m:__Neo4jMigration {version: $version}) RETURN m.checksum AS checksum",
                    Map.of("version", migration.version())).list();
            if (!recorded.isEmpty()) {
                verifyUnchanged(migration, recorded.getFirst().get("checksum").asString());
                continue;
            }
            long started = System.nanoTime();
            for (String statement : migration.statements()) {
                session.run(statement, LONG_RUNNING).consume();
            }
            session.executeWrite(tx -> tx.run("""
                    CREATE (:__Neo4jMigration {version: $version, description: $description, file: $file,
                            checksum: $checksum, installedOn: datetime(), executionTimeMs: $ms})""",
                    Map.of("version", migration.version(), "description", migration.description(),
                            "file", migration.fileName(), "checksum", migration.checksum(),
                            "ms", (System.nanoTime() - started) / 1_000_000)).consume());
            applied.add(migration.version());
            log.info("Applied migration {} ({})", migration.fileName(), migration.description());
        }
        if (!applied.isEmpty()) {
            session.run("CALL db.awaitIndexes(300)", LONG_RUNNING).consume();
        }
        log.info("Schema is at version {}; {} migration(s) applied now",
                migrations.isEmpty() ? 0 : migrations.getLast().version(), applied.size());
        return applied;
    }

    private static void verifyUnchanged(Migration migration, String recordedChecksum) {
        if (!recordedChecksum.equals(migration.checksum())) {
            throw new MigrationChangedException("Migration " + migration.fileName()
                    + " was applied with checksum " + recordedChecksum + " but the file now has checksum "
                    + migration.checksum() + ". Applied migrations must not be edited: revert the file and add a new "
                    + "migration with a higher version instead.");
        }
    }

    private static void createBookkeepingSchema(Session session) {
        // schema statements wait for other schema work; on a busy machine that can take longer than a query's limit
        session.run("CREATE CONSTRAINT neo4j_migration_version IF NOT EXISTS "
                + "FOR (m:__Neo4jMigration) REQUIRE m.version IS UNIQUE", LONG_RUNNING).consume();
        session.run("CREATE CONSTRAINT neo4j_migrations_lock_id IF NOT EXISTS "
                + "FOR (l:__Neo4jMigrationsLock) REQUIRE l.id IS UNIQUE", LONG_RUNNING).consume();
    }

    private static void acquireLock(Session session) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            // a lock older than the wait is left over from a crashed instance
            session.run("MATCH (l:__Neo4jMigrationsLock {id: 'lock'}) "
                    + "WHERE l.lockedAt < datetime() - duration({seconds: $stale}) DELETE l",
                    Map.of("stale", LOCK_WAIT.toSeconds())).consume();
            var created = session.run("MERGE (l:__Neo4jMigrationsLock {id: 'lock'}) "
                    + "ON CREATE SET l.lockedAt = datetime(), l.fresh = true "
                    + "WITH l, coalesce(l.fresh, false) AS mine REMOVE l.fresh RETURN mine").single().get(0).asBoolean();
            if (created) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another instance holds the migration lock (:__Neo4jMigrationsLock) "
                        + "for more than " + LOCK_WAIT.toSeconds() + " s");
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the migration lock", e);
        }
    }

    /** An applied migration was edited afterwards. */
    public static final class MigrationChangedException extends IllegalStateException {
        MigrationChangedException(String message) {
            super(message);
        }
    }
}
