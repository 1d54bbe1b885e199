package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.StoreFingerprint;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;

/**
 * Hostile requests: writes without signing in, reaching above one's role, guessing ids, injection strings in every
 * text argument. Each is refused (or, for text that is data, stored exactly as sent), nothing else is written, and
 * the service keeps answering. Oversized and deeply nested requests and floods are in {@link LimitsIT}.
 */
class AttackSuiteIT extends GraphQlServiceTest {

    static final List<String> ATTACKS = List.of(
            "' OR 1=1 //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "x'}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //",
            "`) DETACH DELETE n //",
            "1; CALL dbms.killQueries([]) //",
            "$id",
            "{{7*7}}",
            "*?~\"(:[]{}^\\/",
            "<img src=x onerror=alert(1)>",
            "../../../../etc/passwd",
            "\u0000\u0001\u001f",
            "Robert'); DROP TABLE assets;--",
            "x".repeat(3000));

    private static final String ADD_ASSET = """
            mutation { addAsset(input: {name: "Attack suite test asset", categories: ["library"],
              location: {latitude: 51.4612, longitude: -0.1156}}) { asset { id } } }""";

    @Autowired
    Driver driver;
    @Autowired
    GraphQlSource graphQl;

    @AfterEach
    void theServiceStillAnswers() {
        assertThat(graphql.data("{ localities(kind: BOROUGH) { id } }").path("localities").size()).isEqualTo(1);
    }

    @Test
    void writesWithoutSigningInAreRefusedAndWriteNothing() {
        var before = StoreFingerprint.of(driver);
        for (var role : List.of(Role.PUBLIC, Role.PEER_SUPPORTER, Role.LEAD)) {
            var response = graphql.as(role).post(ADD_ASSET);
            assertForbidden(response, "addAsset");
        }
        for (var role : List.of(Role.PUBLIC, Role.PEER_SUPPORTER, Role.LEAD, Role.EDITOR)) {
            assertForbidden(graphql.as(role).post(
                    "mutation { erasePerson(input: {id: \"demo-person-0001\"}) { __typename } }"), "erasePerson");
            assertForbidden(graphql.as(role).post(
                    "mutation { createApiKey(input: {name: \"mine\", role: EDITOR}) { secret } }"), "createApiKey");
        }
        assertForbidden(graphql.post("mutation { takeNetworkSnapshot(input: {}) { snapshot { id } } }"),
                "takeNetworkSnapshot");
        assertThat(StoreFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void noClientCanRaiseItsOwnRole() throws Exception {
        var admin = graphql.as(Role.ADMIN);
        var peerKey = AttackFixtures.apiKey(admin, "attack suite peer", Role.PEER_SUPPORTER, 600);
        var peer = graphql.with("X-Api-Key", peerKey).with("X-Role", "ADMIN").with("X-Forwarded-User", "admin");
        var before = StoreFingerprint.of(driver);
        assertThat(peer.data("{ me { role } }").path("me").path("role").asString()).isEqualTo("PEER_SUPPORTER");
        assertForbidden(peer.post("mutation { createApiKey(input: {name: \"escalate\", role: EDITOR}) { secret } }"),
                "createApiKey");
        assertForbidden(peer.post("{ reach(personId: \"demo-person-0923\") { __typename } }"), "reach");
        // a role in the request body's extensions or variables means nothing
        var body = "{\"query\":\"{ apiKeys { id } }\",\"extensions\":{\"role\":\"ADMIN\"},\"variables\":{\"role\":\"ADMIN\"}}";
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("X-Api-Key", peerKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("FORBIDDEN").doesNotContain("\"id\"");
        // a LEAD's session may not read the audit trail export
        var csv = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/audit.csv"))
                .header("Cookie", GraphQlHttp.login(port, new String[] {"lead", "lead-test-password"})).GET().build();
        assertThat(HttpClient.newHttpClient().send(csv, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        assertThat(StoreFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void guessingIdsTellsNothingAboutWhatExists() {
        var publicClient = graphql.as(Role.PUBLIC);
        var real = publicClient.post("{ person(id: \"demo-person-0001\") { id displayName } }");
        var fake = publicClient.post("{ person(id: \"demo-person-9999999\") { id displayName } }");
        assertThat(withoutLocations(real)).isEqualTo(withoutLocations(fake));
        assertThat(real.toString()).doesNotContain("displayName\":\"");

        var peer = graphql.as(Role.PEER_SUPPORTER);
        assertThat(withoutLocations(peer.post("{ reach(personId: \"demo-person-0923\") { hops } }")))
                .isEqualTo(withoutLocations(peer.post("{ reach(personId: \"demo-person-9999999\") { hops } }")));

        // an asset known only inside the Network is, to the public, exactly like one that does not exist
        var editor = graphql.as(Role.EDITOR);
        var id = editor.data("""
                mutation { addAsset(input: {name: "Attack suite peer group room", categories: ["library"],
                  location: {latitude: 51.4612, longitude: -0.1156}, visibility: NETWORK}) { asset { id } } }""")
                .path("addAsset").path("asset").path("id").asString();
        try {
            var hidden = publicClient.post("query($id: ID!) { asset(id: $id) { id name } }", Map.of("id", id));
            var missing = publicClient.post("{ asset(id: \"asset-no-such\") { id name } }");
            assertThat(hidden).isEqualTo(missing);
            assertThat(peer.data("query($id: ID!) { asset(id: $id) { id } }", Map.of("id", id))
                    .path("asset").path("id").asString()).isEqualTo(id);
        } finally {
            editor.data("mutation($id: ID!) { retireAsset(input: {id: $id}) { __typename } }", Map.of("id", id));
        }
    }

    @Test
    void theCarriersCoverEveryTextArgumentOfTheApi() {
        var carried = InjectionCarriers.carried(all());
        assertThat(carried).containsAll(InjectionCarriers.textArguments(graphQl.schema()));
    }

    @Test
    void injectionStringsInEveryTextArgumentChangeNothing() {
        var admin = graphql.as(Role.ADMIN);
        var before = StoreFingerprint.of(driver);
        var failures = new ArrayList<String>();
        for (var attack : ATTACKS) {
            for (var operation : concat(InjectionCarriers.READS, InjectionCarriers.WRITES_TO_NOTHING)) {
                var response = admin.post(InjectionCarriers.carrying(operation, attack));
                for (var error : response.path("errors")) {
                    var kind = error.path("extensions").path("classification").asString();
                    if (!kind.equals("BAD_REQUEST") && !kind.equals("ValidationError")) {
                        failures.add(kind + " for " + operation + " with " + attack.substring(0,
                                Math.min(40, attack.length())) + ": " + error.path("message").asString());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(StoreFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void injectionStringsThatAreDataAreStoredExactlyAsSent() {
        var admin = graphql.as(Role.ADMIN);
        for (var attack : ATTACKS.subList(0, 10)) {
            var asset = admin.post(InjectionCarriers.carrying(InjectionCarriers.WRITES_THAT_STORE.get(0), attack));
            assertThat(asset.has("errors")).as("addAsset with %s: %s", attack, asset.path("errors")).isFalse();
            var stored = asset.path("data").path("addAsset").path("asset");
            try {
                assertThat(stored.path("name").asString()).isEqualTo(attack);
                assertThat(stored.path("description").asString()).isEqualTo(attack);
                assertThat(stored.path("address").asString()).isEqualTo(attack);
                var read = admin.data("query($id: ID!) { asset(id: $id) { name } }",
                        Map.of("id", stored.path("id").asString()));
                assertThat(read.path("asset").path("name").asString()).isEqualTo(attack);
            } finally {
                admin.data("mutation($id: ID!) { retireAsset(input: {id: $id}) { __typename } }",
                        Map.of("id", stored.path("id").asString()));
            }
            var key = admin.data(InjectionCarriers.carrying(InjectionCarriers.WRITES_THAT_STORE.get(1), attack))
                    .path("createApiKey").path("apiKey");
            assertThat(key.path("name").asString()).isEqualTo(attack.strip());
            admin.data("mutation($id: ID!) { revokeApiKey(input: {id: $id}) { __typename } }",
                    Map.of("id", key.path("id").asString()));
        }
    }

    private static List<String> all() {
        return concat(concat(InjectionCarriers.READS, InjectionCarriers.WRITES_TO_NOTHING),
                InjectionCarriers.WRITES_THAT_STORE);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The answer without what differs by the query's text or by request: error locations and the request id. */
    private static String withoutLocations(JsonNode response) {
        return response.toString().replaceAll("\"locations\":\\[[^]]*]", "")
                .replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"\"");
    }

    private static void assertForbidden(JsonNode response, String field) {
        assertThat(response.path("errors").get(0).path("extensions").path("classification").asString())
                .as("%s: %s", field, response).isEqualTo("FORBIDDEN");
        var data = response.path("data");
        assertThat(data.isNull() || data.isMissingNode() || data.path(field).isNull()).as("%s", response).isTrue();
    }
}
