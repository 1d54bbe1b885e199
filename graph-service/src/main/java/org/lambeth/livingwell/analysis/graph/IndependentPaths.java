package org.lambeth.livingwell.analysis.graph;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Counts the node-independent paths between two sides and finds a minimum vertex cut, by maximum flow.
 *
 * <p>Each node v becomes two flow vertices, {@code in(v) -> out(v)} with capacity 1, so at most one path may pass
 * through it; every tie u-v becomes {@code out(u) -> in(v)} and {@code out(v) -> in(u)}, a super-source feeds every
 * {@code in(a)} of side A and every {@code out(b)} of side B drains to a super-sink. Those arcs get a capacity of
 * n + 1, which no cut can afford, so the maximum flow (JGraphT's push-relabel) equals the minimum number of nodes
 * whose removal separates the sides, and the nodes whose {@code in} is on the source side of the minimum cut and
 * whose {@code out} is not form such a cut.</p>
 */
public final class IndependentPaths {

    private IndependentPaths() {
    }

    /** The independent paths between side A and side B, and one minimum cut; 0 and empty if a side is empty. */
    public static VertexCut between(TieGraph g, String sideA, String sideB) {
        Sides.requireTwo(sideA, sideB);
        var a = g.nodesOnSide(sideA);
        var b = g.nodesOnSide(sideB);
        if (a.isEmpty() || b.isEmpty()) {
            return new VertexCut(0, List.of());
        }
        return UnitVertexFlow.solve(g.indexed(), a, b);
    }

    /** The same by JGraphT's push-relabel on an object graph: the oracle the array version is tested against. */
    static VertexCut betweenByJGraphT(TieGraph g, String sideA, String sideB) {
        var a = g.nodesOnSide(sideA);
        var b = g.nodesOnSide(sideB);
        if (a.isEmpty() || b.isEmpty()) {
            return new VertexCut(0, List.of());
        }
        var indexed = g.indexed();
        var network = splitNetwork(indexed, a, b);
        int source = 2 * indexed.size();
        int sink = source + 1;
        var flow = new PushRelabelMFImpl<>(network);
        int paths = (int) Math.round(flow.calculateMinCut(source, sink));
        var sourceSide = flow.getSourcePartition();
        var cut = new ArrayList<String>();
        for (int v = 0; v < indexed.size(); v++) {
            if (sourceSide.contains(in(v)) && !sourceSide.contains(out(v))) {
                cut.add(indexed.id(v)); // ids are numbered in sorted order
            }
        }
        return new VertexCut(paths, cut);
    }

    private static Graph<Integer, DefaultWeightedEdge> splitNetwork(IndexedGraph g, List<String> a, List<String> b) {
        var network = new SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        int n = g.size();
        double unlimited = n + 1.0;
        for (int v = 0; v < n; v++) {
            network.addVertex(in(v));
            network.addVertex(out(v));
            arc(network, in(v), out(v), 1);
        }
        for (int v = 0; v < n; v++) {
            for (int arc = g.start(v); arc < g.start(v + 1); arc++) {
                arc(network, out(v), in(g.target(arc)), unlimited);
            }
        }
        int source = 2 * n;
        int sink = source + 1;
        network.addVertex(source);
        network.addVertex(sink);
        a.forEach(id -> arc(network, source, in(g.indexOf(id)), unlimited));
        b.forEach(id -> arc(network, out(g.indexOf(id)), sink, unlimited));
        return network;
    }

    private static void arc(Graph<Integer, DefaultWeightedEdge> network, int from, int to, double capacity) {
        network.setEdgeWeight(network.addEdge(from, to), capacity);
    }

    private static int in(int v) {
        return 2 * v;
    }

    private static int out(int v) {
        return 2 * v + 1;
    }
}
