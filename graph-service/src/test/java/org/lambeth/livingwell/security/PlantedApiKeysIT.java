package org.lambeth.livingwell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lambeth.livingwell.store.EmbeddedNeo4jProperties;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.lambeth.livingwell.support.SecondInstance;
import org.lambeth.livingwell.viewer.Role;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * API keys written straight into the store, with a role {@code createApiKey} never grants (ADMIN, a name that is no
 * role, none at all): they never authenticate, and the next start of the service disables them (revoked, recorded in
 * the audit trail) and names each by its id in the log, never by its hash.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlantedApiKeysIT extends GraphQlServiceTest {

    private static final String ME = "{ me { actor role } }";
    /** id → the role stored (null: none), each with its own secret. */
    private static final Map<String, String> PLANTED = new HashMap<>();

    static {
        PLANTED.put("key-planted-admin", "ADMIN");
        PLANTED.put("key-planted-root", "ROOT");
        PLANTED.put("key-planted-lowercase-admin", "admin");
        PLANTED.put("key-planted-no-role", null);
    }

    @Autowired
    Driver driver;

    @Autowired
    Neo4jConnectionDetails database;

    @Autowired
    EmbeddedNeo4jProperties embedded;

    private final Map<String, String> secrets = new HashMap<>();

    @Test
    @Order(1)
    void aKeyPlantedWithARoleTheApiNeverGrantsIsRefused() {
        plant();
        for (var id : PLANTED.keySet()) {
            var response = graphql.with("X-Api-Key", secrets.get(id)).exchange(ME, Map.of());
            assertThat(response.statusCode()).as(id).isEqualTo(401);
            assertThat(response.body()).as(id).doesNotContain("ADMIN");
        }
        // the admin's list still answers (a stored role that is none of ours does not break it)
        var listed = graphql.as(Role.ADMIN).data("{ apiKeys { id role } }").path("apiKeys").toString();
        assertThat(listed).contains("key-planted-admin");
    }

    @Test
    @Order(2)
    void theNextStartDisablesThemAndNamesThemByIdNotByHash(CapturedOutput output) {
        // the console, not a Logback appender: the second application sets Logback up afresh
        try (var second = new SecondInstance(database.getUri().toString(), embedded.passwordFile(),
                SecondInstance.freePort()).start()) {
            var onSecond = new GraphQlHttp(second.port()).with("X-Api-Key", secrets.get("key-planted-admin"));
            assertThat(onSecond.exchange(ME, Map.of()).statusCode()).isEqualTo(401);
        }
        var errors = output.getOut().lines().filter(line -> line.contains(" ERROR ")).toList();
        for (var id : PLANTED.keySet()) {
            assertThat(errors).as(id).anyMatch(line -> line.contains("API key " + id + " holds role"));
            assertThat(output.getAll()).doesNotContain(hash(id)).doesNotContain(secrets.get(id));
        }
        try (var session = driver.session()) {
            var rows = session.run("""
                    MATCH (k:ApiKey) WHERE k.id IN $ids
                    OPTIONAL MATCH (e:AuditEntry {action: 'apiKey.disable', targetId: k.id})
                    RETURN k.id AS id, k.revokedAt IS NOT NULL AS revoked, count(e) AS entries,
                           collect(e.actor)[0] AS actor""", Map.of("ids", List.copyOf(PLANTED.keySet()))).list();
            assertThat(rows).hasSize(PLANTED.size());
            for (var row : rows) {
                assertThat(row.get("revoked").asBoolean()).as(row.get("id").asString()).isTrue();
                assertThat(row.get("entries").asLong()).as(row.get("id").asString()).isEqualTo(1);
                assertThat(row.get("actor").asString()).isEqualTo("system:start-up");
            }
        }
        // still refused on the first instance, now revoked as well
        for (var id : PLANTED.keySet()) {
            assertThat(graphql.with("X-Api-Key", secrets.get(id)).exchange(ME, Map.of()).statusCode()).isEqualTo(401);
        }
    }

    @AfterAll
    void removeThem() {
        try (var session = driver.session()) {
            session.run("MATCH (k:ApiKey) WHERE k.id IN $ids DETACH DELETE k",
                    Map.of("ids", List.copyOf(PLANTED.keySet()))).consume();
        }
    }

    private void plant() {
        var rows = new ArrayList<Map<String, Object>>();
        for (var entry : PLANTED.entrySet()) {
            var secret = ApiKeyService.PREFIX + "planted-" + entry.getKey() + "-0123456789abcdefghijklmnop";
            secrets.put(entry.getKey(), secret);
            var row = new HashMap<String, Object>();
            row.put("id", entry.getKey());
            row.put("role", entry.getValue());
            row.put("hash", ApiKeyService.hash(secret));
            rows.add(row);
        }
        try (var session = driver.session()) {
            session.run("""
                    UNWIND $rows AS row
                    CREATE (k:ApiKey {id: row.id, name: 'planted', hash: row.hash, requestsPerMinute: 600,
                                      createdAt: datetime(), createdBy: 'nobody'})
                    SET k.role = row.role""", Map.of("rows", rows)).consume();
        }
    }

    private String hash(String id) {
        return ApiKeyService.hash(secrets.get(id));
    }
}
