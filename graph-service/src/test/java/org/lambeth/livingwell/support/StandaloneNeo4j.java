package org.lambeth.livingwell.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j of its own for a test, as an operator's external server would be: Bolt on a fixed loopback port, a store in
 * a directory of its own, stopped and started again on both (an outage and its end). Authentication is off (loopback,
 * a throwaway store), so any credentials sign in; {@link #passwordFile} gives the service one to read.
 */
public final class StandaloneNeo4j implements AutoCloseable {

    private final Path home;
    private final int port;
    private DatabaseManagementService dbms;

    public StandaloneNeo4j(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    public StandaloneNeo4j start() {
        dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("64m"))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        return this;
    }

    public void stop() {
        if (dbms != null) {
            dbms.shutdown();
            dbms = null;
        }
    }

    public String uri() {
        return "bolt://127.0.0.1:" + port;
    }

    /**
     * A service instance on this database, on a free port, not yet started. Its first start migrates the empty store
     * (seeds off: the tests here need the schema, not the data); the statements' time limit is generous, since
     * creating indexes on a busy machine can take longer than the test profile's 10 s.
     */
    public SecondInstance instance() {
        return new SecondInstance(uri(), passwordFile(), SecondInstance.freePort());
    }

    /** The properties {@link #instance()} is started with, and {@code more}. */
    public static String[] freshStore(String... more) {
        var all = new java.util.ArrayList<>(java.util.List.of("livingwell.seed.enabled=false",
                "livingwell.neo4j.query-time-limit=60s"));
        all.addAll(java.util.List.of(more));
        return all.toArray(String[]::new);
    }

    /** A password file for NEO4J_PASSWORD_FILE (its content is not checked: authentication is off). */
    public Path passwordFile() {
        try {
            var file = home.resolveSibling(home.getFileName() + "-password");
            Files.writeString(file, "not-checked");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
