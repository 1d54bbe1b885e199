package org.lambeth.livingwell.analysis.graph;

/**
 * How closely knit one side (locality) of the network is.
 *
 * @param side         the side's id
 * @param nodes        the number of nodes on the side
 * @param ties         the number of ties with both ends on the side
 * @param weightedTies the summed strength of those ties
 * @param density      {@code ties / (nodes (nodes - 1) / 2)}, the share of possible ties present; 0 when nodes &lt; 2
 */
public record SideSummary(String side, int nodes, int ties, double weightedTies, double density) {
}
