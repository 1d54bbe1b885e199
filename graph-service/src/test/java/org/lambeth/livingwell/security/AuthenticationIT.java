package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three ways in: the built-in login (a session cookie), API keys, and bearer tokens from the configured issuer;
 * and that anything wrong with them is refused rather than treated as a weaker sign-in.
 */
class AuthenticationIT extends GraphQlServiceTest {

    private static final String ME = "{ me { actor role } }";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anonymousCallersArePublic() {
        var me = graphql.data(ME).path("me");
        assertThat(me.path("actor").asString()).isEqualTo("anonymous");
        assertThat(me.path("role").asString()).isEqualTo("PUBLIC");
    }

    @Test
    void eachTestUserSignsInWithTheirRole() {
        for (var role : List.of(Role.PEER_SUPPORTER, Role.LEAD, Role.EDITOR, Role.ADMIN)) {
            assertThat(graphql.as(role).data(ME).path("me").path("role").asString()).isEqualTo(role.name());
        }
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSiteStrict() throws Exception {
        var response = login("lead", "lead-test-password");
        assertThat(response.statusCode()).isEqualTo(200);
        var cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LWM_SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameRefusal() throws Exception {
        var wrong = login("lead", "not-the-password");
        var unknown = login("nobody", "lead-test-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(wrong.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("LWM_SESSION="));
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        var cookie = GraphQlHttp.login(port, new String[] {"editor", "editor-test-password"});
        var client = graphql.with("Cookie", cookie);
        assertThat(client.data(ME).path("me").path("role").asString()).isEqualTo("EDITOR");
        var logout = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/logout"))
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(HTTP.send(logout, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        assertThat(client.data(ME).path("me").path("role").asString()).isEqualTo("PUBLIC");
    }

    @Test
    void anApiKeyActsWithItsRoleUntilRevoked() {
        var admin = graphql.as(Role.ADMIN);
        var created = admin.data("""
                mutation { createApiKey(input: {name: "partner directory", role: PEER_SUPPORTER}) {
                  secret apiKey { id name role requestsPerMinute createdBy revokedAt } } }""").path("createApiKey");
        var secret = created.path("secret").asString();
        assertThat(secret).startsWith("lwm_").hasSizeGreaterThan(40);
        assertThat(created.path("apiKey").path("createdBy").asString()).isEqualTo("admin");
        var partner = graphql.with("X-Api-Key", secret);
        var me = partner.data(ME).path("me");
        assertThat(me.path("actor").asString()).isEqualTo("api-key:partner directory");
        assertThat(me.path("role").asString()).isEqualTo("PEER_SUPPORTER");

        var id = created.path("apiKey").path("id").asString();
        var listed = admin.data("{ apiKeys { id revokedAt } }").path("apiKeys");
        assertThat(listed.toString()).contains(id).doesNotContain(secret);
        admin.data("mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { revokedAt } } }",
                Map.of("id", id));
        var refused = partner.exchange(ME, Map.of());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("X-Api-Key").contains("revoked");
    }

    @Test
    void anUnknownApiKeyIsRefusedNotTreatedAsAnonymous() {
        var response = graphql.with("X-Api-Key", "lwm_not-a-key-at-all").exchange(ME, Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anApiKeyCannotHoldAdmin() {
        var response = graphql.as(Role.ADMIN).post(
                "mutation { createApiKey(input: {name: \"too strong\", role: ADMIN}) { secret } }");
        assertThat(response.path("errors").get(0).path("extensions").path("argument").asString())
                .isEqualTo("input.role");
        assertThat(response.toString()).doesNotContain("lwm_");
    }

    @Test
    void aBearerTokenFromTheIssuerCarriesTheRolesItNames() {
        var token = TestTokens.token("oidc-user-1", List.of("offline_access", "lead"));
        var me = graphql.with("Authorization", "Bearer " + token).data(ME).path("me");
        assertThat(me.path("actor").asString()).isEqualTo("jwt:oidc-user-1");
        assertThat(me.path("role").asString()).isEqualTo("LEAD");
    }

    @Test
    void aTokenNamingNoRoleOfOursIsPublic() {
        var token = TestTokens.token("oidc-user-2", "some-other-app-admin");
        assertThat(graphql.with("Authorization", "Bearer " + token).data(ME).path("me").path("role").asString())
                .isEqualTo("PUBLIC");
    }

    @Test
    void anExpiredOrForgedTokenIsRefused() {
        var expired = TestTokens.token("oidc-user-3", "ADMIN", Instant.now().minusSeconds(3600));
        assertThat(graphql.with("Authorization", "Bearer " + expired).exchange(ME, Map.of()).statusCode())
                .isEqualTo(401);
        var token = TestTokens.token("oidc-user-3", "LEAD");
        var parts = token.split("\\.");
        var forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"oidc-user-3\",\"roles\":\"ADMIN\",\"exp\":4102444800}".getBytes());
        var forged = parts[0] + "." + forgedClaims + "." + parts[2];
        assertThat(graphql.with("Authorization", "Bearer " + forged).exchange(ME, Map.of()).statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        var body = JsonMapper.builder().build().writeValueAsString(Map.of("username", username, "password", password));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
