package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

/**
 * The embedded database's Bolt port, as any other process on the machine sees it: without credentials, or with
 * wrong ones, it refuses to talk; with the password kept in the data directory (readable by its owner only) it serves
 * the graph, as it does for the service and its commands.
 */
@ServiceIT
class EmbeddedBoltAuthIT {

    @Autowired
    Neo4jConnectionDetails database;

    @Autowired
    EmbeddedNeo4jProperties properties;

    @Test
    void noCredentialsAndWrongOnesAreRefused() throws IOException {
        assertRefused(AuthTokens.none());
        assertRefused(AuthTokens.basic("neo4j", "neo4j"));
        var password = password();
        assertRefused(AuthTokens.basic("neo4j", ""));
        assertRefused(AuthTokens.basic("neo4j", password + "x"));
        assertRefused(AuthTokens.basic("admin", password));
    }

    @Test
    void thePasswordFileOpensItAndFailedAttemptsDoNotLockTheServiceOut() throws IOException {
        var password = password();
        // failed logins never lock the user out (a local process could otherwise keep the service from connecting)
        for (int i = 0; i < 4; i++) {
            assertRefused(AuthTokens.basic("neo4j", "guess-" + i));
        }
        try (var driver = GraphDatabase.driver(database.getUri(), AuthTokens.basic("neo4j", password));
                var session = driver.session()) {
            assertThat(session.run("MATCH (l:Locality {kind: 'WARD'}) RETURN count(l) AS n").single().get("n").asLong())
                    .isEqualTo(25);
        }
    }

    @Test
    void thePasswordIsLongRandomAndReadableByItsOwnerOnly() throws IOException {
        var file = properties.passwordFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties.dataDirectory())))
                .isEqualTo("rwx------");
        // 256 random bits, base64url
        assertThat(password()).matches("[A-Za-z0-9_-]{43}");
    }

    private String password() throws IOException {
        return Files.readString(properties.passwordFile()).strip();
    }

    private void assertRefused(AuthToken token) {
        try (var driver = GraphDatabase.driver(database.getUri(), token)) {
            assertThatThrownBy(() -> {
                try (var session = driver.session()) {
                    session.run("MATCH (p:Person) RETURN count(p) AS n").consume();
                }
            }).isInstanceOf(AuthenticationException.class);
        }
    }
}
