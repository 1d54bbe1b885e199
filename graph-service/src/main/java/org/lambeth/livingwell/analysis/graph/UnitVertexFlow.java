package org.lambeth.livingwell.analysis.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum flow on the node-split network of {@link IndependentPaths} (every node v as v_in → v_out with capacity 1,
 * ties as unlimited arcs, a source before side A, a sink after side B), by Dinic's algorithm over int arrays with an
 * explicit stack. JGraphT's push-relabel (kept in the tests as the oracle) gives the same answer, but its object graph
 * took 92 s and 19 s of garbage collection at 1M members / 5M ties here; this takes a few seconds.
 */
final class UnitVertexFlow {

    private static final int UNLIMITED = Integer.MAX_VALUE / 2;

    private final int nodes;
    private final int source;
    private final int sink;
    private final int[] first;
    private final int[] next;
    private final int[] to;
    private final int[] capacity;
    private final int[] level;
    private final int[] current;
    private final int[] path;
    private int edges;

    private UnitVertexFlow(IndexedGraph g, List<String> a, List<String> b) {
        int n = g.size();
        nodes = 2 * n + 2;
        source = 2 * n;
        sink = source + 1;
        int arcs = n + g.start(n) + a.size() + b.size();
        first = new int[nodes];
        Arrays.fill(first, -1);
        next = new int[2 * arcs];
        to = new int[2 * arcs];
        capacity = new int[2 * arcs];
        level = new int[nodes];
        current = new int[nodes];
        path = new int[nodes];
        for (int v = 0; v < n; v++) {
            add(2 * v, 2 * v + 1, 1);
            for (int arc = g.start(v); arc < g.start(v + 1); arc++) {
                add(2 * v + 1, 2 * g.target(arc), UNLIMITED);
            }
        }
        a.forEach(id -> add(source, 2 * g.indexOf(id), UNLIMITED));
        b.forEach(id -> add(2 * g.indexOf(id) + 1, sink, UNLIMITED));
    }

    /** The maximum number of node-independent A–B paths and the members of one minimum cut (index order). */
    static VertexCut solve(IndexedGraph g, List<String> a, List<String> b) {
        var network = new UnitVertexFlow(g, a, b);
        int flow = network.maxFlow();
        network.levels();
        var cut = new ArrayList<String>();
        for (int v = 0; v < g.size(); v++) {
            if (network.level[2 * v] >= 0 && network.level[2 * v + 1] < 0) {
                cut.add(g.id(v));
            }
        }
        return new VertexCut(flow, cut);
    }

    private void add(int from, int target, int cap) {
        link(from, target, cap);
        link(target, from, 0);
    }

    private void link(int from, int target, int cap) {
        to[edges] = target;
        capacity[edges] = cap;
        next[edges] = first[from];
        first[from] = edges++;
    }

    private int maxFlow() {
        int flow = 0;
        while (levels()) {
            System.arraycopy(first, 0, current, 0, nodes);
            int pushed;
            while ((pushed = augment()) > 0) {
                flow += pushed;
            }
        }
        return flow;
    }

    /** Breadth-first levels from the source over edges with capacity left; true if the sink is reached. */
    private boolean levels() {
        Arrays.fill(level, -1);
        var queue = new int[nodes];
        int head = 0;
        int tail = 0;
        level[source] = 0;
        queue[tail++] = source;
        while (head < tail) {
            int u = queue[head++];
            for (int e = first[u]; e >= 0; e = next[e]) {
                if (capacity[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[u] + 1;
                    queue[tail++] = to[e];
                }
            }
        }
        return level[sink] >= 0;
    }

    /** One augmenting path along the level graph (depth-first with an explicit stack); its bottleneck, or 0. */
    private int augment() {
        int depth = 0;
        int u = source;
        while (true) {
            if (u == sink) {
                int bottleneck = UNLIMITED;
                for (int i = 0; i < depth; i++) {
                    bottleneck = Math.min(bottleneck, capacity[path[i]]);
                }
                for (int i = 0; i < depth; i++) {
                    capacity[path[i]] -= bottleneck;
                    capacity[path[i] ^ 1] += bottleneck;
                }
                return bottleneck;
            }
            int e = current[u];
            while (e >= 0 && (capacity[e] == 0 || level[to[e]] != level[u] + 1)) {
                e = next[e];
            }
            current[u] = e;
            if (e >= 0) {
                path[depth++] = e;
                u = to[e];
            } else if (depth == 0) {
                return 0;
            } else {
                level[u] = -1; // a dead end in this phase
                u = to[path[--depth] ^ 1];
                current[u] = next[current[u]];
            }
        }
    }
}
