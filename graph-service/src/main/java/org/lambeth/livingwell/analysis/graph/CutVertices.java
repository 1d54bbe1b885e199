package org.lambeth.livingwell.analysis.graph;

import java.util.ArrayList;
import java.util.Collections;

/**
 * Finds the articulation points (cut vertices) and bridges of a {@link TieGraph}: the people, organisations and
 * ties whose loss would split the network.
 *
 * <p>This is Hopcroft and Tarjan's low-point test over one depth-first search done with an explicit stack
 * ({@link DepthFirstForest}), in O(n + m) time and arrays of ints. It does not use JGraphT's
 * {@code BiconnectivityInspector} although that implements the same algorithm, because (1) its search is recursive,
 * one Java frame per node on the deepest DFS path, which overflows the default stack on a long chain and would need
 * a dedicated thread with a stack of about a gigabyte (a size the JVM may treat as a mere hint) at a million
 * nodes; (2) it materialises every biconnected block as an {@code AsSubgraph}, which in a sparse network means
 * hundreds of thousands of subgraph objects we never use; and (3) the same search gives
 * {@link DepartureImpacts} the subtree sizes it needs, so the two share it.</p>
 */
public final class CutVertices {

    private CutVertices() {
    }

    /** The articulation points and bridges of {@code g}, each sorted. */
    public static Connectors find(TieGraph g) {
        var indexed = g.indexed();
        var forest = DepthFirstForest.of(indexed);
        int n = indexed.size();
        var rootChildren = new int[n];
        var isCut = new boolean[n];
        var bridges = new ArrayList<NodePair>();
        for (int c = 0; c < n; c++) {
            int p = forest.parent[c];
            if (p < 0) {
                continue;
            }
            if (forest.parent[p] < 0) {
                rootChildren[p]++;
            } else if (forest.separatedFromParent(c)) {
                isCut[p] = true;
            }
            if (forest.bridgeToParent(c)) {
                bridges.add(NodePair.of(indexed.id(c), indexed.id(p)));
            }
        }
        var points = new ArrayList<String>();
        for (int v = 0; v < n; v++) {
            if (isCut[v] || rootChildren[v] > 1) {
                points.add(indexed.id(v)); // ids are numbered in sorted order
            }
        }
        Collections.sort(bridges);
        return new Connectors(points, bridges);
    }
}
