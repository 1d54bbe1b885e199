package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import java.util.Map;

import org.lambeth.livingwell.support.GraphQlHttp;

/** Helpers of the security tests: API keys for a test, and a fingerprint of the whole store. */
public final class AttackFixtures {

    private AttackFixtures() {
    }

    /** A new API key's secret, created by an ADMIN client. */
    public static String apiKey(GraphQlHttp admin, String name, Role role, int requestsPerMinute) {
        return admin.data("""
                mutation($name: String!, $role: Role!, $rpm: Int) {
                  createApiKey(input: {name: $name, role: $role, requestsPerMinute: $rpm}) { secret } }""",
                Map.of("name", name, "role", role.name(), "rpm", requestsPerMinute))
                .path("createApiKey").path("secret").asString();
    }
}
