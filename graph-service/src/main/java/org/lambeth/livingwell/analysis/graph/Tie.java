package org.lambeth.livingwell.analysis.graph;

import java.util.Objects;

/**
 * An undirected tie between two nodes of the projected network.
 *
 * @param from     one end's node id
 * @param to       the other end's node id
 * @param kind     {@code KNOWS}, {@code MEMBERSHIP}, {@code COLLABORATION}, {@code COORDINATION}, {@code CONTRACT},
 *                 {@code ALLIANCE}, {@code INTRODUCTION} or {@code RUNS}
 * @param strength a finite weight greater than 0; use 1.0 when it is not known
 */
public record Tie(String from, String to, String kind, double strength) {

    public Tie {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (!(strength > 0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("a tie's strength must be finite and > 0, was " + strength
                    + " (" + from + " -" + kind + "- " + to + ")");
        }
    }

    /** A tie of unknown strength (1.0). */
    public Tie(String from, String to, String kind) {
        this(from, to, kind, 1.0);
    }
}
