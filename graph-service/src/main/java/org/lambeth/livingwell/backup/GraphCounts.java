package org.lambeth.livingwell.backup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** How many nodes and relationships a graph holds, in all and by label and by type; counted as it is visited. */
final class GraphCounts implements GraphVisitor {

    private long nodes;
    private long relationships;
    private final SortedMap<String, Long> nodesByLabel = new TreeMap<>();
    private final SortedMap<String, Long> relationshipsByType = new TreeMap<>();

    GraphCounts() {
    }

    GraphCounts(long nodes, long relationships, Map<String, Long> nodesByLabel, Map<String, Long> relationshipsByType) {
        this.nodes = nodes;
        this.relationships = relationships;
        this.nodesByLabel.putAll(nodesByLabel);
        this.relationshipsByType.putAll(relationshipsByType);
    }

    @Override
    public void node(int number, List<String> labels, Map<String, Object> properties) {
        nodes++;
        labels.forEach(label -> nodesByLabel.merge(label, 1L, Long::sum));
    }

    @Override
    public void relationship(int start, int end, String type, Map<String, Object> properties) {
        relationships++;
        relationshipsByType.merge(type, 1L, Long::sum);
    }

    long nodes() {
        return nodes;
    }

    long relationships() {
        return relationships;
    }

    SortedMap<String, Long> nodesByLabel() {
        return nodesByLabel;
    }

    SortedMap<String, Long> relationshipsByType() {
        return relationshipsByType;
    }

    /** Where these counts differ from {@code expected}, e.g. "Asset: 413 instead of 414"; empty when equal. */
    String differencesFrom(GraphCounts expected) {
        var differences = new StringBuilder();
        if (nodes != expected.nodes) {
            differences.append("nodes: ").append(nodes).append(" instead of ").append(expected.nodes).append("; ");
        }
        if (relationships != expected.relationships) {
            differences.append("relationships: ").append(relationships).append(" instead of ")
                    .append(expected.relationships).append("; ");
        }
        compare(differences, nodesByLabel, expected.nodesByLabel);
        compare(differences, relationshipsByType, expected.relationshipsByType);
        return differences.isEmpty() ? "" : differences.substring(0, differences.length() - 2);
    }

    private static void compare(StringBuilder differences, Map<String, Long> actual, Map<String, Long> expected) {
        var keys = new TreeSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        for (String key : keys) {
            long a = actual.getOrDefault(key, 0L);
            long e = expected.getOrDefault(key, 0L);
            if (a != e) {
                differences.append(key).append(": ").append(a).append(" instead of ").append(e).append("; ");
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GraphCounts counts && differencesFrom(counts).isEmpty();
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodes, relationships, nodesByLabel, relationshipsByType);
    }

    @Override
    public String toString() {
        return nodes + " nodes " + nodesByLabel + ", " + relationships + " relationships " + relationshipsByType;
    }
}
