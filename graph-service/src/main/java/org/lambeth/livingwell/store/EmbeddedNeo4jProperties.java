package org.lambeth.livingwell.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j, used when no {@code NEO4J_URI} is given.
 *
 * @param dataDirectory where the store lives (created when missing)
 * @param boltPort Bolt port on 127.0.0.1; 0 picks a free one (tests)
 * @param pageCache Neo4j page cache size, e.g. {@code 256m}
 * @param transactionTimeoutSeconds a limit on every transaction; 0 means none
 */
@ConfigurationProperties("livingwell.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("data/neo4j") Path dataDirectory,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("256m") String pageCache,
        @DefaultValue("30") int transactionTimeoutSeconds) {

    /**
     * The password of the database's {@code neo4j} user, for Neo4j Browser, cypher-shell and the commands run against
     * the running service ({@code NEO4J_PASSWORD_FILE}): made on the first start, readable by its owner only.
     */
    public Path passwordFile() {
        return dataDirectory.toAbsolutePath().resolve(EmbeddedNeo4jPassword.FILE_NAME);
    }
}
