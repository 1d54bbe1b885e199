package org.lambeth.livingwell.security;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lambeth.livingwell.support.GraphQlHttp;
import org.neo4j.driver.Driver;

/** Helpers of the security tests: API keys for a test, and a fingerprint of the whole store. */
final class AttackFixtures {

    private AttackFixtures() {
    }

    /** A new API key's secret, created by an ADMIN client. */
    static String apiKey(GraphQlHttp admin, String name, Role role, int requestsPerMinute) {
        return admin.data("""
                mutation($name: String!, $role: Role!, $rpm: Int) {
                  createApiKey(input: {name: $name, role: $role, requestsPerMinute: $rpm}) { secret } }""",
                Map.of("name", name, "role", role.name(), "rpm", requestsPerMinute))
                .path("createApiKey").path("secret").asString();
    }

    /**
     * Node counts by label, relationship counts by type, and an order-independent hash of every node's and
     * relationship's labels or type and properties: equal fingerprints mean nothing in the store changed.
     */
    record StoreFingerprint(Map<String, Long> nodes, Map<String, Long> relationships, long contentHash) {

        static StoreFingerprint of(Driver driver) {
            try (var session = driver.session()) {
                var nodes = new TreeMap<String, Long>();
                var relationships = new TreeMap<String, Long>();
                long[] hash = {0};
                session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(row -> {
                    var labels = new TreeSet<>(row.get("labels").asList(v -> v.asString()));
                    nodes.merge(String.join(":", labels), 1L, Long::sum);
                    hash[0] += mix(labels + "|" + new TreeMap<>(row.get("props").asMap()));
                });
                session.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, "
                        + "coalesce(a.id, elementId(a)) AS a, coalesce(b.id, elementId(b)) AS b")
                        .forEachRemaining(row -> {
                            relationships.merge(row.get("type").asString(), 1L, Long::sum);
                            hash[0] += mix(row.get("type").asString() + "|" + row.get("a") + "|" + row.get("b")
                                    + "|" + new TreeMap<>(row.get("props").asMap()));
                        });
                return new StoreFingerprint(nodes, relationships, hash[0]);
            }
        }

        private static long mix(String text) {
            long h = 1125899906842597L;
            for (int i = 0; i < text.length(); i++) {
                h = 31 * h + text.charAt(i);
            }
            return h ^ (h >>> 29);
        }
    }
}
