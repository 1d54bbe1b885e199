package org.lambeth.livingwell.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the embedded database's {@code neo4j} user the password of {@link EmbeddedNeo4jPassword}, in two steps.
 * <ol>
 * <li>Before the database starts: Neo4j's initial password ({@code data/dbms/auth.ini}, what {@code neo4j-admin dbms
 * set-initial-password} writes, here written with the same Neo4j classes). Neo4j applies it to a new store and to a
 * store whose {@code neo4j} user still has the default password (one made by an earlier version of this service,
 * with authentication off), so such a store's Bolt port never accepts {@code neo4j/neo4j}, not even for a moment.
 * These classes are Neo4j's internals: they may move in a later Neo4j ({@code EmbeddedNeo4jUpgradeIT} would say).</li>
 * <li>Once it runs: a sign-in over Bolt, as every client does; when refused (the file was deleted or edited, or the
 * password was changed from cypher-shell) {@code ALTER USER} on the system database, from inside this JVM.</li>
 * </ol>
 */
final class EmbeddedNeo4jAuth {

    static final String USER = "neo4j";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jAuth.class);

    private EmbeddedNeo4jAuth() {
    }

    /** Writes the initial password for the store at {@code home}; returns the file, to remove once started. */
    static Path beforeStart(Path home, EmbeddedNeo4jPassword password) {
        var config = Config.defaults(GraphDatabaseSettings.neo4j_home, home);
        var file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            var users = new FileUserRepository(new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            users.start();
            try {
                var credential = SystemGraphCredential.createCredentialForPassword(
                        password.value().getBytes(StandardCharsets.UTF_8), new SecureHasher());
                users.create(new User(USER, null, credential, false, false));
            } finally {
                users.shutdown();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedded Neo4j's initial password to " + file, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the embedded Neo4j's initial password to " + file, e);
        }
    }

    /**
     * Removes the initial password file (a hash of the password, of no use once applied) and, when the database still
     * refuses the password, sets it.
     */
    static void afterStart(DatabaseManagementService dbms, URI bolt, Path initial, EmbeddedNeo4jPassword password,
            CypherCatalogue cypher) {
        try {
            Files.deleteIfExists(initial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + initial, e);
        }
        if (signsIn(bolt, password)) {
            return;
        }
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                cypher.get("store/system/set_user_password"), Map.of("user", USER, "password", password.value()));
        log.info("Set the embedded Neo4j's {} password to the one in {}", USER, password.file());
    }

    private static boolean signsIn(URI bolt, EmbeddedNeo4jPassword password) {
        var config = org.neo4j.driver.Config.builder().withLogging(Logging.slf4j()).build();
        try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic(USER, password.value()), config)) {
            driver.verifyConnectivity();
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }
}
