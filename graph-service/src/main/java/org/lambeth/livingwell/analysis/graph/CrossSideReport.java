package org.lambeth.livingwell.analysis.graph;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How strongly two sides of the network (say North and South Lambeth) are tied to each other.
 *
 * @param a                 side A on its own
 * @param b                 side B on its own
 * @param crossTies         the number of ties with one end on each side
 * @param weightedCrossTies the summed strength of those ties
 * @param eiIndex           Krackhardt and Stern's E-I index over the ties touching either side,
 *                          {@code (E - I) / (E + I)}: I counts the ties within A plus those within B, E every other
 *                          tie with an end on A or B (the cross ties and ties to nodes on no side or another side);
 *                          -1 when all ties stay inside a side, +1 when none do, 0 when there are no ties
 * @param crossTiesByKind   the number of cross ties of each kind, sorted by kind; a merged tie counts once for each
 *                          kind it carries
 */
public record CrossSideReport(SideSummary a, SideSummary b, int crossTies, double weightedCrossTies, double eiIndex,
        Map<String, Integer> crossTiesByKind) {

    public CrossSideReport {
        crossTiesByKind = Collections.unmodifiableMap(new TreeMap<>(crossTiesByKind));
    }
}
