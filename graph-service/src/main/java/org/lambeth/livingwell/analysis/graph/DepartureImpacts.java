package org.lambeth.livingwell.analysis.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Ranks people and organisations by how much of the network would fall apart if they left.
 *
 * <p>One depth-first search ({@link DepthFirstForest}) answers every candidate at once, in O(n + m) plus a few
 * binary searches a piece: when v leaves, each DFS child c of v with {@code low(c) >= pre(v)} (every child, if v is
 * the root) takes its whole subtree away as a piece of known size, and the rest of v's component stays together.
 * Pieces are contiguous runs of the DFS preorder, so their side counts come from {@link SideCounter}. When pieces
 * tie for largest, the one holding the smallest id is the one that stays.</p>
 */
public final class DepartureImpacts {

    private static final Comparator<DepartureImpact> RANKING = Comparator
            .comparingInt(DepartureImpact::disconnected).reversed().thenComparing(DepartureImpact::nodeId);

    private DepartureImpacts() {
    }

    /**
     * The impact of each candidate's departure (typically the articulation points: any other node disconnects 0),
     * the {@code top} largest first, ties by id. Candidates that are not nodes of {@code g} are skipped.
     */
    public static List<DepartureImpact> rank(TieGraph g, Collection<String> candidates, int top) {
        var indexed = g.indexed();
        var forest = DepthFirstForest.of(indexed);
        var sides = new SideCounter(g, indexed, forest);
        var impacts = new ArrayList<DepartureImpact>();
        for (var id : new LinkedHashSet<>(candidates)) {
            int v = indexed.indexOf(id);
            if (v >= 0) {
                impacts.add(impactOf(indexed, forest, sides, v));
            }
        }
        return impacts.stream().sorted(RANKING).limit(Math.max(0, top)).toList();
    }

    private static DepartureImpact impactOf(IndexedGraph g, DepthFirstForest f, SideCounter sides, int v) {
        int r = f.root[v];
        int others = f.subtreeSize[r] - 1;
        int separated = 0;
        int largestChild = -1;
        var pieces = new ArrayList<Integer>();
        for (int arc = g.start(v); arc < g.start(v + 1); arc++) {
            int c = g.target(arc);
            if (f.parent[c] == v && f.separatedFromParent(c)) {
                pieces.add(c);
                separated += f.subtreeSize[c];
                if (largestChild < 0 || f.subtreeSize[c] > f.subtreeSize[largestChild]
                        || f.subtreeSize[c] == f.subtreeSize[largestChild]
                                && f.subtreeMin[c] < f.subtreeMin[largestChild]) {
                    largestChild = c;
                }
            }
        }
        int rest = others - separated;
        if (largestChild < 0 || rest >= f.subtreeSize[largestChild]) {
            // The rest of the component stays (it holds the root, the component's smallest id, so wins ties);
            // every split-off subtree is disconnected.
            var bySide = new HashMap<String, Integer>();
            pieces.forEach(c -> sides.addSubtree(c, bySide));
            return new DepartureImpact(g.id(v), separated, bySide);
        }
        // A subtree of v is the largest piece: everyone else in the component but v is disconnected.
        var bySide = new HashMap<String, Integer>();
        sides.addSubtree(r, bySide);
        sides.subtractSubtree(largestChild, bySide);
        bySide.merge(sides.sideOf(v), -1, Integer::sum);
        bySide.values().removeIf(count -> count == 0);
        return new DepartureImpact(g.id(v), others - f.subtreeSize[largestChild], bySide);
    }

    /** Counts the nodes of each side in any DFS subtree by binary search over each side's sorted preorder positions. */
    private static final class SideCounter {

        private final TieGraph tieGraph;
        private final IndexedGraph indexed;
        private final DepthFirstForest forest;
        private final Map<String, int[]> positionsBySide = new HashMap<>();

        SideCounter(TieGraph tieGraph, IndexedGraph indexed, DepthFirstForest forest) {
            this.tieGraph = tieGraph;
            this.indexed = indexed;
            this.forest = forest;
            var lists = new HashMap<String, IntArrayList>();
            for (int p = 0; p < forest.order.length; p++) {
                lists.computeIfAbsent(sideOf(forest.order[p]), s -> new IntArrayList()).add(p);
            }
            lists.forEach((side, list) -> positionsBySide.put(side, list.toArray()));
        }

        String sideOf(int v) {
            var side = tieGraph.node(indexed.id(v)).side();
            return side == null ? DepartureImpact.NO_SIDE : side;
        }

        void addSubtree(int c, Map<String, Integer> counts) {
            count(c, counts, 1);
        }

        void subtractSubtree(int c, Map<String, Integer> counts) {
            count(c, counts, -1);
        }

        private void count(int c, Map<String, Integer> counts, int sign) {
            int from = forest.pre[c];
            int to = from + forest.subtreeSize[c];
            positionsBySide.forEach((side, positions) -> {
                int n = lowerBound(positions, to) - lowerBound(positions, from);
                if (n > 0) {
                    counts.merge(side, sign * n, Integer::sum);
                }
            });
        }

        private static int lowerBound(int[] sorted, int key) {
            int i = Arrays.binarySearch(sorted, key);
            return i >= 0 ? i : -i - 1;
        }
    }
}
