package org.lambeth.livingwell.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

/** The content checksum ignores order and numbering, and sees any change of content. */
class GraphChecksumTests {

    record Node(List<String> labels, Map<String, Object> properties) {
    }

    record Rel(int start, int end, String type, Map<String, Object> properties) {
    }

    private static final List<Node> NODES = List.of(
            new Node(List.of("Asset"), Map.of("id", "asset-1", "location", Values.point(4326, -0.11, 51.46).asPoint())),
            new Node(List.of("Organisation", "Charity"), Map.of("id", "org-1", "name", "Certitude")),
            new Node(List.of("Person"), Map.of("id", "p-1", "demo", true, "born", 1980L)),
            new Node(List.of("Person"), Map.of("id", "p-2", "demo", true)),
            new Node(List.of(), Map.of()));
    private static final List<Rel> RELS = List.of(
            new Rel(1, 0, "RUNS", Map.of()),
            new Rel(2, 3, "KNOWS", Map.of("strength", 0.5)),
            new Rel(3, 2, "KNOWS", Map.of("strength", 0.5)),
            new Rel(2, 1, "MEMBER_OF", Map.of("since", ZonedDateTime.parse("2014-01-01T00:00Z[Europe/London]"))),
            new Rel(4, 4, "SELF", Map.of()));

    private static String checksum(List<Node> nodes, List<Rel> rels) {
        var checksum = new GraphChecksum();
        for (int i = 0; i < nodes.size(); i++) {
            checksum.node(i, nodes.get(i).labels(), nodes.get(i).properties());
        }
        rels.forEach(r -> checksum.relationship(r.start(), r.end(), r.type(), r.properties()));
        return checksum.value();
    }

    @Test
    void theOrderOfNodesLabelsAndRelationshipsDoesNotMatter() {
        var expected = checksum(NODES, RELS);
        assertThat(expected).hasSize(64).matches("[0-9a-f]{64}");
        var random = new Random(7);
        for (int round = 0; round < 20; round++) {
            var order = new ArrayList<Integer>();
            for (int i = 0; i < NODES.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            var newNumber = new HashMap<Integer, Integer>();
            var nodes = new ArrayList<Node>();
            for (int old : order) {
                newNumber.put(old, nodes.size());
                var labels = new ArrayList<>(NODES.get(old).labels());
                Collections.reverse(labels);
                nodes.add(new Node(labels, NODES.get(old).properties()));
            }
            var rels = new ArrayList<Rel>();
            for (var r : RELS) {
                rels.add(new Rel(newNumber.get(r.start()), newNumber.get(r.end()), r.type(), r.properties()));
            }
            Collections.shuffle(rels, random);
            assertThat(checksum(nodes, rels)).isEqualTo(expected);
        }
    }

    @Test
    void anyChangeOfContentChangesIt() {
        var expected = checksum(NODES, RELS);
        assertThat(checksum(changeNode(2, p -> with(p, "born", 1981L)), RELS)).isNotEqualTo(expected);
        assertThat(checksum(changeNode(2, p -> with(p, "born", 1980.0)), RELS)).as("Long vs Double")
                .isNotEqualTo(expected);
        assertThat(checksum(changeNode(0, p -> with(p, "location", Values.point(4326, -0.11, 51.460000000000001 + 1e-9)
                .asPoint())), RELS)).isNotEqualTo(expected);
        var relabelled = new ArrayList<>(NODES);
        relabelled.set(1, new Node(List.of("Organisation"), NODES.get(1).properties()));
        assertThat(checksum(relabelled, RELS)).isNotEqualTo(expected);
        var rels = new ArrayList<>(RELS);
        rels.set(0, new Rel(0, 1, "RUNS", Map.of()));
        assertThat(checksum(NODES, rels)).as("direction").isNotEqualTo(expected);
        rels = new ArrayList<>(RELS);
        rels.set(3, new Rel(2, 1, "MEMBER_OF", Map.of("since", ZonedDateTime.parse("2014-01-01T00:00Z"))));
        assertThat(checksum(NODES, rels)).as("zone id vs offset").isNotEqualTo(expected);
        assertThat(checksum(NODES, RELS.subList(0, 4))).as("a relationship fewer").isNotEqualTo(expected);
        var doubled = new ArrayList<>(RELS);
        doubled.add(RELS.get(0));
        assertThat(checksum(NODES, doubled)).as("a duplicate relationship").isNotEqualTo(expected);
    }

    @Test
    void anEmptyGraphHasTheZeroChecksum() {
        assertThat(new GraphChecksum().value()).isEqualTo("0".repeat(64));
    }

    private static List<Node> changeNode(int index, UnaryOperator<Map<String, Object>> change) {
        var nodes = new ArrayList<>(NODES);
        nodes.set(index, new Node(NODES.get(index).labels(), change.apply(NODES.get(index).properties())));
        return nodes;
    }

    private static Map<String, Object> with(Map<String, Object> properties, String key, Object value) {
        var copy = new HashMap<>(properties);
        copy.put(key, value);
        return copy;
    }
}
