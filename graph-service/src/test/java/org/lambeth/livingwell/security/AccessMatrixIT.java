package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.StoreFingerprint;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every GraphQL root field and every HTTP endpoint against every role ({@link AccessMatrix}): each role may do what
 * the policy allows, and everything else is refused (FORBIDDEN, no data, nothing written).
 */
class AccessMatrixIT extends GraphQlServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    GraphQlSource graphQl;
    @Autowired
    Driver driver;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void thePolicyCoversEveryRootFieldAndMatchesTheSchema() {
        var schema = graphQl.schema();
        var declared = new TreeMap<String, Role>();
        for (var root : new graphql.schema.GraphQLObjectType[] {schema.getQueryType(), schema.getMutationType()}) {
            root.getFieldDefinitions().forEach(field -> declared.put(field.getName(),
                    FieldAccess.requiredRole(field).orElse(null)));
        }
        var policy = new TreeMap<String, Role>();
        AccessMatrix.FIELDS.forEach(row -> policy.put(row.field(), row.lowest()));
        assertThat(policy).isEqualTo(declared);
        assertThat(FieldAccess.undeclared(schema)).isEmpty();
    }

    @Test
    void eachRoleMayUseWhatThePolicyAllowsAndNothingElse() {
        var before = StoreFingerprint.of(driver);
        var failures = new ArrayList<String>();
        for (var role : Role.values()) {
            var client = graphql.as(role);
            for (var row : AccessMatrix.FIELDS) {
                if (!role.includes(row.lowest())) {
                    check(client, role, row, failures);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(StoreFingerprint.of(driver)).as("refused operations wrote nothing").isEqualTo(before);
        for (var role : Role.values()) {
            var client = graphql.as(role);
            for (var row : AccessMatrix.FIELDS) {
                if (role.includes(row.lowest())) {
                    check(client, role, row, failures);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void networkAssetsAreForPeerSupportersAndAbove() {
        var failures = new ArrayList<String>();
        for (var role : Role.values()) {
            for (var row : AccessMatrix.NETWORK_ASSETS) {
                check(graphql.as(role), role, row, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyHttpEndpointAnswersEachRoleAsThePolicySays() throws Exception {
        var failures = new ArrayList<String>();
        for (var role : Role.values()) {
            var cookie = role == Role.PUBLIC ? null : cookie(role);
            for (var endpoint : AccessMatrix.ENDPOINTS) {
                // a path variable ({id}) is sent as a UUID nothing has
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + endpoint.path().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000")));
                if (cookie != null) {
                    request.header("Cookie", cookie);
                }
                var status = HTTP.send(request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                var expected = endpoint.statusByRole()[role.ordinal()];
                if (status != expected) {
                    failures.add(endpoint.method() + " " + endpoint.path() + " as " + role + ": " + status
                            + ", expected " + expected);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theHttpPolicyNamesEveryControllerEndpoint() {
        var paths = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> paths.addAll(info.getPatternValues()));
        var covered = new TreeSet<String>();
        AccessMatrix.ENDPOINTS.forEach(e -> covered.add(e.path()));
        // the login endpoints take anyone (AuthenticationIT); /error is the container's error page
        covered.addAll(java.util.List.of("/api/login", "/api/logout", "/error"));
        assertThat(covered).containsAll(paths);
    }

    private String cookie(Role role) {
        var users = Map.of(Role.PEER_SUPPORTER, "peer", Role.LEAD, "lead", Role.EDITOR, "editor", Role.ADMIN, "admin");
        var name = users.get(role);
        return GraphQlHttp.login(port, new String[] {name, name + "-test-password"});
    }

    private static void check(GraphQlHttp client, Role role, AccessMatrix.Field row, ArrayList<String> failures) {
        JsonNode response = client.post(row.operation());
        var forbidden = false;
        for (var error : response.path("errors")) {
            if ("FORBIDDEN".equals(error.path("extensions").path("classification").asString())) {
                forbidden = true;
            }
        }
        var allowed = role.includes(row.lowest());
        if (allowed && forbidden) {
            failures.add(row.field() + " refused to " + role + ": " + response.path("errors"));
        }
        if (!allowed) {
            var data = response.path("data");
            var leaked = !(data.isMissingNode() || data.isNull() || data.path(row.field()).isNull()
                    || data.path(row.field()).isMissingNode());
            if (!forbidden || leaked) {
                failures.add(row.field() + " not refused to " + role + ": " + response);
            }
        }
    }
}
