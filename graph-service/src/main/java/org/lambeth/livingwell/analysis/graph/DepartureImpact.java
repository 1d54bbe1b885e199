package org.lambeth.livingwell.analysis.graph;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one departure breaks: with {@code nodeId} gone, how many other nodes are cut off from the largest piece of
 * the component they were in. When two pieces tie for largest, the one holding the smallest id (in
 * {@link String#compareTo} order) counts as the one that stays.
 *
 * @param nodeId             the node that leaves
 * @param disconnected       the number of nodes in the pieces split off (every piece but the largest)
 * @param disconnectedBySide those nodes counted by side id ({@value #NO_SIDE} for nodes without a side), sorted;
 *                           sides with none disconnected are left out
 */
public record DepartureImpact(String nodeId, int disconnected, Map<String, Integer> disconnectedBySide) {

    /** The key counting nodes that have no side. */
    public static final String NO_SIDE = "none";

    public DepartureImpact {
        disconnectedBySide = Collections.unmodifiableMap(new TreeMap<>(disconnectedBySide));
    }
}
