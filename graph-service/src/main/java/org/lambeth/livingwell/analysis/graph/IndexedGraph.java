package org.lambeth.livingwell.analysis.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graphs;

/**
 * A compact snapshot of a {@link TieGraph} for the algorithms that must scale to a million nodes: nodes numbered
 * 0..n-1 in id order, and each node's neighbours (in increasing number, so results do not depend on the order the
 * ties were read in) and tie weights in compressed sparse rows. Each tie appears twice, once from each end.
 */
final class IndexedGraph {

    private final String[] ids;
    private final Map<String, Integer> index;
    private final int[] offsets;
    private final int[] targets;
    private final double[] weights;

    private IndexedGraph(String[] ids, Map<String, Integer> index, int[] offsets, int[] targets, double[] weights) {
        this.ids = ids;
        this.index = index;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
    }

    static IndexedGraph of(TieGraph tieGraph) {
        var graph = tieGraph.graph();
        var ids = graph.vertexSet().toArray(String[]::new);
        Arrays.sort(ids);
        var index = HashMap.<String, Integer>newHashMap(ids.length);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        var offsets = new int[ids.length + 1];
        for (int i = 0; i < ids.length; i++) {
            offsets[i + 1] = offsets[i] + graph.degreeOf(ids[i]);
        }
        var targets = new int[offsets[ids.length]];
        var weights = new double[targets.length];
        var next = Arrays.copyOf(offsets, ids.length);
        // Visiting v in increasing order and appending v to each neighbour's row leaves every row sorted.
        for (int v = 0; v < ids.length; v++) {
            for (var edge : graph.edgesOf(ids[v])) {
                int u = index.get(Graphs.getOppositeVertex(graph, edge, ids[v]));
                targets[next[u]] = v;
                weights[next[u]++] = graph.getEdgeWeight(edge);
            }
        }
        return new IndexedGraph(ids, index, offsets, targets, weights);
    }

    int size() {
        return ids.length;
    }

    String id(int v) {
        return ids[v];
    }

    /** The number of node {@code id}, or -1 when it is not in the graph. */
    int indexOf(String id) {
        var i = index.get(id);
        return i == null ? -1 : i;
    }

    /** Where node v's neighbours start in {@link #target}/{@link #weight}; they end at {@code start(v + 1)}. */
    int start(int v) {
        return offsets[v];
    }

    int target(int arc) {
        return targets[arc];
    }

    double weight(int arc) {
        return weights[arc];
    }
}
