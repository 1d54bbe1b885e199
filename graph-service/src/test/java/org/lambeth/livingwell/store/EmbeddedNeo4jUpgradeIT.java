package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.io.ByteUnit;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

/**
 * A store made by an earlier version, with authentication off (as an operator's data/neo4j is): the first start with
 * authentication on creates the password file and sets the neo4j user's password, the data is all there, and the
 * port refuses anyone without it. Later starts reuse the file; deleting it makes the next start choose a new one. No
 * log line, the service's or Neo4j's, holds a password, and Neo4j's initial-password file is gone once started.
 */
class EmbeddedNeo4jUpgradeIT {

    @TempDir
    Path directory;

    private final List<String> passwords = new ArrayList<>();

    @Test
    void aStoreMadeWithoutAuthenticationKeepsItsDataAndGetsAPassword() throws IOException {
        var store = directory.resolve("neo4j");
        var before = new DatabaseManagementServiceBuilder(store)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("16m"))
                .build();
        before.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                "CREATE (:UpgradeSample {id: $id})", Map.of("id", "kept"));
        before.shutdown();
        var file = store.resolve("neo4j-password");
        assertThat(file).doesNotExist();

        var capture = new ListAppender<ILoggingEvent>();
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var level = root.getLevel();
        capture.setContext(context);
        capture.start();
        root.addAppender(capture);
        root.setLevel(Level.DEBUG);
        try {
            startStopAndRotate(store, file);
        } finally {
            root.setLevel(level);
            root.detachAppender(capture);
            capture.stop();
        }
        assertThat(capture.list).as("the capture works")
                .anyMatch(e -> e.getFormattedMessage().contains(file.toString()));
        for (var password : passwords) {
            assertThat(capture.list).noneMatch(e -> e.getFormattedMessage().contains(password)
                    || String.valueOf(e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())
                            .contains(password));
            try (Stream<Path> logs = Files.walk(store.resolve("logs"))) {
                for (var log : logs.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(log)).as(log.toString()).doesNotContain(password);
                }
            }
        }
        assertThat(store.resolve("data/dbms/auth.ini")).doesNotExist();
    }

    private void startStopAndRotate(Path store, Path file) throws IOException {
        var first = start(store);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        var password = Files.readString(file).strip();
        passwords.add(password);
        assertThat(first.sample()).isEqualTo("kept");
        assertRefused(first.uri(), AuthTokens.none());
        assertRefused(first.uri(), AuthTokens.basic("neo4j", "neo4j"));
        assertThat(first.works(AuthTokens.basic("neo4j", password))).isTrue();
        first.stop();

        var second = start(store);
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(second.sample()).isEqualTo("kept");
        second.stop();

        // rotation: delete the file and start again
        Files.delete(file);
        var third = start(store);
        var rotated = Files.readString(file).strip();
        passwords.add(rotated);
        assertThat(rotated).isNotEqualTo(password);
        assertRefused(third.uri(), AuthTokens.basic("neo4j", password));
        assertThat(third.works(AuthTokens.basic("neo4j", rotated))).isTrue();
        assertThat(third.sample()).isEqualTo("kept");
        third.stop();
    }

    private Started start(Path store) {
        var properties = new EmbeddedNeo4jProperties(store, 0, "16m", 30);
        var configuration = new EmbeddedNeo4jConfiguration();
        var password = configuration.embeddedNeo4jPassword(properties);
        var dbms = configuration.embeddedNeo4j(properties, password, new CypherCatalogue());
        return new Started(dbms, configuration.neo4jConnectionDetails(dbms, password));
    }

    private record Started(org.neo4j.dbms.api.DatabaseManagementService dbms, Neo4jConnectionDetails details) {

        String uri() {
            return details.getUri().toString();
        }

        /** The sample node's id, read over Bolt with the credentials the service is given. */
        String sample() {
            try (var driver = GraphDatabase.driver(details.getUri(), details.getAuthToken());
                    var session = driver.session()) {
                return session.run("MATCH (s:UpgradeSample) RETURN s.id AS id").single().get("id").asString();
            }
        }

        boolean works(AuthToken token) {
            try (var driver = GraphDatabase.driver(details.getUri(), token); var session = driver.session()) {
                return session.run("RETURN 1 AS one").single().get("one").asInt() == 1;
            }
        }

        void stop() {
            dbms.shutdown();
        }
    }

    private static void assertRefused(String uri, AuthToken token) {
        try (var driver = GraphDatabase.driver(uri, token)) {
            assertThatThrownBy(() -> {
                try (var session = driver.session()) {
                    session.run("RETURN 1").consume();
                }
            }).isInstanceOf(AuthenticationException.class);
        }
    }
}
