package org.lambeth.livingwell.analysis.graph;

import java.util.Comparator;
import java.util.Objects;

/**
 * An unordered pair of node ids, such as the two ends of a bridge, stored with {@code from < to}.
 *
 * @param from the lexicographically smaller id
 * @param to   the larger id
 */
public record NodePair(String from, String to) implements Comparable<NodePair> {

    private static final Comparator<NodePair> ORDER = Comparator.comparing(NodePair::from)
            .thenComparing(NodePair::to);

    public NodePair {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("a NodePair needs from < to: " + from + ", " + to);
        }
    }

    /** The pair of {@code a} and {@code b} in either order. */
    public static NodePair of(String a, String b) {
        return a.compareTo(b) <= 0 ? new NodePair(a, b) : new NodePair(b, a);
    }

    @Override
    public int compareTo(NodePair other) {
        return ORDER.compare(this, other);
    }
}
