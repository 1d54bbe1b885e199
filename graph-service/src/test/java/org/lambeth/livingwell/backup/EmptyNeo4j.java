package org.lambeth.livingwell.backup;

import java.nio.file.Path;
import java.time.Duration;

import org.lambeth.livingwell.store.MigrationRunner;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A second, empty embedded Neo4j for a test to restore into: a fresh store in a temporary directory, Bolt on a free
 * loopback port, the project's migrations applied (as the service would at start), and a Driver connected to it.
 */
final class EmptyNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final Driver driver;
    private final String uri;

    private EmptyNeo4j(DatabaseManagementService dbms, Driver driver, String uri) {
        this.dbms = dbms;
        this.driver = driver;
        this.uri = uri;
    }

    static EmptyNeo4j start(Path directory) {
        var dbms = new DatabaseManagementServiceBuilder(directory)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("64m"))
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        int port = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        var uri = "bolt://127.0.0.1:" + port;
        var driver = GraphDatabase.driver(uri, AuthTokens.none());
        new MigrationRunner(driver).migrate();
        return new EmptyNeo4j(dbms, driver, uri);
    }

    Driver driver() {
        return driver;
    }

    /** Its Bolt address, for NEO4J_URI. */
    String uri() {
        return uri;
    }

    /** Deletes every data node (a test's restore), keeping the migrations. */
    void wipe() {
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock "
                    + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS").consume();
        }
    }

    /** Nodes other than the migration bookkeeping. */
    long dataNodes() {
        try (var session = driver.session()) {
            return session.run("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock "
                    + "RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    /** Whether the restore's temporary index is still there. */
    boolean hasRestoreIndex() {
        try (var session = driver.session()) {
            return session.run("SHOW INDEXES YIELD name WHERE name = 'backup_restore_key' RETURN count(*) AS n")
                    .single().get("n").asLong() > 0;
        }
    }

    @Override
    public void close() {
        driver.close();
        dbms.shutdown();
    }
}
