package org.lambeth.livingwell.analysis.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The projected network in memory: an undirected, simple, weighted JGraphT graph over node ids, with each node's
 * {@link TieNode} and the kinds of tie merged into each edge. Immutable once built; the algorithms of this package
 * read it, and {@link #without(Set)} makes the "what if they left" copy.
 */
public final class TieGraph {

    private final Map<String, TieNode> nodes;
    private final Graph<String, DefaultWeightedEdge> graph;
    private final Graph<String, DefaultWeightedEdge> view;
    private final Map<String, String> kindNames = new HashMap<>();
    private volatile IndexedGraph indexed;

    private TieGraph(Map<String, TieNode> nodes) {
        this.nodes = nodes;
        this.graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        this.view = new AsUnmodifiableGraph<>(graph);
        nodes.keySet().forEach(graph::addVertex);
    }

    /**
     * Builds the graph. A node id given twice keeps its first {@link TieNode}. Ties whose endpoint is not a node are
     * ignored and self-loops dropped; parallel ties between one pair merge into one edge whose weight is the sum of
     * their strengths and which keeps every kind (see {@link #kindsBetween}).
     */
    public static TieGraph of(Collection<TieNode> nodes, Collection<Tie> ties) {
        var byId = new LinkedHashMap<String, TieNode>();
        nodes.forEach(n -> byId.putIfAbsent(n.id(), n));
        var result = new TieGraph(byId);
        ties.forEach(result::add);
        return result;
    }

    private void add(Tie tie) {
        var from = nodes.get(tie.from());
        var to = nodes.get(tie.to());
        if (from == null || to == null || from == to) {
            return;
        }
        // The nodes' own id strings, not the tie's copies: lookups then compare by identity, and the copies can go.
        var a = from.id();
        var b = to.id();
        var kind = kindNames.computeIfAbsent(tie.kind(), k -> k);
        var edge = (TieEdge) graph.getEdge(a, b);
        if (edge == null) {
            edge = new TieEdge(kind);
            graph.addEdge(a, b, edge);
            graph.setEdgeWeight(edge, tie.strength());
        } else {
            edge.addKind(kind);
            graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + tie.strength());
        }
    }

    /** A copy without the given nodes and their ties (ids that are not nodes are ignored). */
    public TieGraph without(Set<String> nodeIds) {
        var kept = new LinkedHashMap<String, TieNode>();
        nodes.forEach((id, node) -> {
            if (!nodeIds.contains(id)) {
                kept.put(id, node);
            }
        });
        var result = new TieGraph(kept);
        for (var edge : graph.edgeSet()) {
            var a = graph.getEdgeSource(edge);
            var b = graph.getEdgeTarget(edge);
            if (kept.containsKey(a) && kept.containsKey(b)) {
                var copy = ((TieEdge) edge).copy();
                result.graph.addEdge(a, b, copy);
                result.graph.setEdgeWeight(copy, graph.getEdgeWeight(edge));
            }
        }
        return result;
    }

    /** A read-only view of the JGraphT graph: vertices are node ids, edge weights the summed strengths. */
    public Graph<String, DefaultWeightedEdge> graph() {
        return view;
    }

    /** The node with this id, or null when there is none. */
    public TieNode node(String id) {
        return nodes.get(id);
    }

    /** The kinds of tie between {@code a} and {@code b}, sorted; empty when they are not tied. */
    public Set<String> kindsBetween(String a, String b) {
        if (!nodes.containsKey(a) || !nodes.containsKey(b)) {
            return Set.of();
        }
        var edge = graph.getEdge(a, b);
        return edge == null ? Set.of() : ((TieEdge) edge).kindSet();
    }

    public int nodeCount() {
        return graph.vertexSet().size();
    }

    /** The number of edges, after parallel ties are merged. */
    public int tieCount() {
        return graph.edgeSet().size();
    }

    /** The ids of the nodes whose side is {@code side} (null: the nodes with no side), sorted. */
    public List<String> nodesOnSide(String side) {
        return nodes.values().stream().filter(n -> Objects.equals(n.side(), side)).map(TieNode::id).sorted()
                .toList();
    }

    /** The kinds merged into an edge of {@link #graph()}, sorted. */
    static List<String> kindsOf(DefaultWeightedEdge edge) {
        return ((TieEdge) edge).kinds();
    }

    /** The array form the linear-time algorithms run on, built once and kept. */
    IndexedGraph indexed() {
        var result = indexed;
        if (result == null) {
            synchronized (this) {
                result = indexed;
                if (result == null) {
                    result = IndexedGraph.of(this);
                    indexed = result;
                }
            }
        }
        return result;
    }
}
