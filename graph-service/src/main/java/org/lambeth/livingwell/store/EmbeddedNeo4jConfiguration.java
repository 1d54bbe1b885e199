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
 * Starts a real Neo4j in this JVM, Bolt on 127.0.0.1 only, and points Spring's driver at it.
 * Neo4j's own HTTP connectors stay off: its Jersey clashes with Spring Boot's.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        long started = System.nanoTime();
        var directory = OwnerOnly.directory(properties.dataDirectory().toAbsolutePath());
        var dbms = new DatabaseManagementServiceBuilder(directory)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // loopback only, and the service is the one client
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
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
        log.info("Embedded Neo4j started in {} ms, store at {}", (System.nanoTime() - started) / 1_000_000,
                properties.dataDirectory().toAbsolutePath());
        return dbms;
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(DatabaseManagementService embeddedNeo4j) {
        var bolt = boltAddress(embeddedNeo4j);
        var uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
        log.info("Embedded Neo4j Bolt listening on {}", uri);
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public org.neo4j.driver.AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }

    /** Lets readers of the embedded database see, without a round trip, whether anything was written since. */
    @Bean
    CommitMarks commitMarks(DatabaseManagementService embeddedNeo4j) {
        return new EmbeddedCommitMarks(embeddedNeo4j);
    }

    private static org.neo4j.internal.helpers.HostnamePort boltAddress(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        return ports.getLocalAddress(ConnectorType.BOLT);
    }
}
