package org.lambeth.livingwell.analysis.graph;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Betweenness centrality of every node: the share of shortest paths between other nodes that pass through it,
 * normalised as networkx does for undirected graphs, so 1 means a node lies on every shortest path.
 *
 * @param scores     node id to score, sorted by id
 * @param sampled    true when the scores are estimated from a sample of source nodes rather than computed exactly
 * @param sampleSize the number of source nodes sampled, or 0 when exact
 */
public record Betweenness(Map<String, Double> scores, boolean sampled, int sampleSize) {

    public Betweenness {
        scores = Collections.unmodifiableMap(new TreeMap<>(scores));
    }

    /** The {@code n} highest scores, highest first, equal scores by id. */
    public List<Map.Entry<String, Double>> top(int n) {
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(0, n))
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }
}
