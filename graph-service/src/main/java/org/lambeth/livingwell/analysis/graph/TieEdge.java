package org.lambeth.livingwell.analysis.graph;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The edge of a {@link TieGraph}: JGraphT keeps its weight, this keeps the tie kinds merged into it.
 * Kinds live on the edge rather than in a map beside the graph so that millions of ties cost no extra map.
 */
final class TieEdge extends DefaultWeightedEdge {

    private static final long serialVersionUID = 1L;

    private String[] kinds;

    TieEdge(String kind) {
        this.kinds = new String[] { kind };
    }

    private TieEdge(String[] kinds) {
        this.kinds = kinds;
    }

    TieEdge copy() {
        return new TieEdge(kinds);
    }

    void addKind(String kind) {
        if (Arrays.binarySearch(kinds, kind) < 0) {
            var more = Arrays.copyOf(kinds, kinds.length + 1);
            more[kinds.length] = kind;
            Arrays.sort(more);
            kinds = more;
        }
    }

    /** The kinds, sorted, without repeats. */
    List<String> kinds() {
        return List.of(kinds);
    }

    Set<String> kindSet() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(kinds)));
    }
}
