package org.lambeth.livingwell.analysis.graph;

import java.util.Arrays;

/**
 * One depth-first search over every component of an {@link IndexedGraph}, done with an explicit stack so that a
 * path of a million nodes needs no deep call stack. It records what Hopcroft and Tarjan's articulation-point and
 * bridge tests need (discovery order and low points) and what departure impacts need (DFS parents, subtree sizes
 * and the component each node lies in); a node's subtree occupies the preorder positions
 * {@code pre(v) .. pre(v) + subtreeSize(v) - 1}. Components are searched from their smallest-numbered node, so
 * a component's root is its smallest id.
 */
final class DepthFirstForest {

    final int[] pre;
    final int[] low;
    final int[] parent;
    final int[] subtreeSize;
    /** The smallest node number (so the smallest id) in each node's subtree. */
    final int[] subtreeMin;
    final int[] root;
    /** order[p]: the node discovered p-th. */
    final int[] order;

    private DepthFirstForest(int n) {
        pre = new int[n];
        low = new int[n];
        parent = new int[n];
        subtreeSize = new int[n];
        subtreeMin = new int[n];
        root = new int[n];
        order = new int[n];
        Arrays.fill(pre, -1);
    }

    static DepthFirstForest of(IndexedGraph g) {
        var forest = new DepthFirstForest(g.size());
        var stack = new int[g.size()];
        var nextArc = new int[g.size()];
        int time = 0;
        for (int r = 0; r < g.size(); r++) {
            if (forest.pre[r] < 0) {
                time = forest.searchFrom(g, r, time, stack, nextArc);
            }
        }
        return forest;
    }

    private int searchFrom(IndexedGraph g, int r, int time, int[] stack, int[] nextArc) {
        int top = 0;
        time = discover(g, r, -1, r, time, nextArc);
        stack[top++] = r;
        while (top > 0) {
            int v = stack[top - 1];
            if (nextArc[v] < g.start(v + 1)) {
                int w = g.target(nextArc[v]++);
                if (pre[w] < 0) {
                    time = discover(g, w, v, r, time, nextArc);
                    stack[top++] = w;
                } else if (w != parent[v]) {
                    low[v] = Math.min(low[v], pre[w]);
                }
            } else {
                top--;
                int p = parent[v];
                if (p >= 0) {
                    low[p] = Math.min(low[p], low[v]);
                    subtreeSize[p] += subtreeSize[v];
                    subtreeMin[p] = Math.min(subtreeMin[p], subtreeMin[v]);
                }
            }
        }
        return time;
    }

    private int discover(IndexedGraph g, int v, int from, int r, int time, int[] nextArc) {
        pre[v] = time;
        low[v] = time;
        order[time] = v;
        parent[v] = from;
        root[v] = r;
        subtreeSize[v] = 1;
        subtreeMin[v] = v;
        nextArc[v] = g.start(v);
        return time + 1;
    }

    /** Whether c's subtree is cut off from the rest of its component when its DFS parent leaves. */
    boolean separatedFromParent(int c) {
        int p = parent[c];
        return p >= 0 && (parent[p] < 0 || low[c] >= pre[p]);
    }

    /** Whether the tie from c to its DFS parent is a bridge. */
    boolean bridgeToParent(int c) {
        return parent[c] >= 0 && low[c] > pre[parent[c]];
    }
}
