package org.lambeth.livingwell.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.neo4j.driver.Driver;

/** Counts and a content checksum of the whole graph: equal fingerprints, equal graphs. */
final class GraphFingerprint {

    private GraphFingerprint() {
    }

    static String of(Driver driver) {
        try (var session = driver.session()) {
            var digest = MessageDigest.getInstance("SHA-256");
            session.run("""
                    MATCH (n) WHERE NOT n:__Neo4jMigration
                    WITH n ORDER BY n.id, elementId(n)
                    RETURN labels(n) AS labels, properties(n) AS props""")
                    .forEachRemaining(r -> digest.update((r.get("labels").toString() + new java.util.TreeMap<>(
                            r.get("props").asMap()).toString()).getBytes(StandardCharsets.UTF_8)));
            session.run("""
                    MATCH (a)-[r]->(b)
                    WITH a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
                    ORDER BY from, type, to, toString(props.on)
                    RETURN from, type, to, props""")
                    .forEachRemaining(r -> digest.update((r.get("from").toString() + r.get("type") + r.get("to")
                            + new java.util.TreeMap<>(r.get("props").asMap()).toString())
                            .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
