package org.lambeth.livingwell.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;

/**
 * Node counts by label, relationship counts by type, and an order-independent hash of every node's and
 * relationship's labels or type and properties: equal fingerprints mean nothing in the store changed.
 */
public record StoreFingerprint(Map<String, Long> nodes, Map<String, Long> relationships, long contentHash) {

    public static StoreFingerprint of(Driver driver) {
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
