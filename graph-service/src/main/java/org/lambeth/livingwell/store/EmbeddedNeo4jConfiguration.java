package org.lambeth.livingwell.store;

import java.net.URI;
import java.time.Duration;

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
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real Neo4j in this JVM, Bolt on 127.0.0.1 only, and points Spring's driver at it, signed in as the
 * {@code neo4j} user with the password kept in the data directory ({@link EmbeddedNeo4jPassword}): any other process
 * on the machine is refused unless it can read that owner-only file. The service, its commands (the same application
 * without the web server) and an operator's Neo4j Browser or cypher-shell all use it.
 * Neo4j's own HTTP connectors stay off: its Jersey clashes with Spring Boot's.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean
    EmbeddedNeo4jPassword embeddedNeo4jPassword(EmbeddedNeo4jProperties properties) {
        return EmbeddedNeo4jPassword.readOrCreate(properties.dataDirectory());
    }

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, EmbeddedNeo4jPassword password,
            CypherCatalogue cypher) {
        long started = System.nanoTime();
        var home = OwnerOnly.directory(properties.dataDirectory().toAbsolutePath());
        var initialPassword = EmbeddedNeo4jAuth.beforeStart(home, password);
        var dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // loopback only, and even there only for whoever can read the password file
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // no lock-out after failed logins: against 256 random bits it adds nothing, and any local process
                // could otherwise keep the service's own new connections out by failing three logins every 5 s
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .setConfig(GraphDatabaseSettings.transaction_timeout,
                        Duration.ofSeconds(properties.transactionTimeoutSeconds()))
                // no query log (it records statements and their parameters, i.e. people's data); should one be
                // switched on, it must not carry parameters, literals or error texts
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                .setConfig(GraphDatabaseSettings.log_queries_parameter_logging_enabled, false)
                .setConfig(GraphDatabaseSettings.log_queries_obfuscate_literals, true)
                .setConfig(GraphDatabaseSettings.log_queries_obfuscate_errors, true)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        try {
            EmbeddedNeo4jAuth.afterStart(dbms, boltUri(dbms), initialPassword, password, cypher);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        log.info("Embedded Neo4j started in {} ms, store at {}", (System.nanoTime() - started) / 1_000_000, home);
        return dbms;
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(DatabaseManagementService embeddedNeo4j,
            EmbeddedNeo4jPassword password) {
        var uri = boltUri(embeddedNeo4j);
        var auth = AuthTokens.basic(EmbeddedNeo4jAuth.USER, password.value());
        log.info("Embedded Neo4j Bolt listening on {} (user {}, password in {})", uri, EmbeddedNeo4jAuth.USER,
                password.file());
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return auth;
            }
        };
    }

    /** Lets readers of the embedded database see, without a round trip, whether anything was written since. */
    @Bean
    CommitMarks commitMarks(DatabaseManagementService embeddedNeo4j) {
        return new EmbeddedCommitMarks(embeddedNeo4j);
    }

    private static URI boltUri(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var bolt = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
    }
}
