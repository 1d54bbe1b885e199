package org.lambeth.livingwell.analysis.graph;

import java.util.List;

/**
 * The communities of a network and how well they partition it.
 *
 * @param communities largest first (ids 0..k-1 in that order)
 * @param modularity  Newman's weighted modularity of the partition, from -0.5 to 1; above about 0.3 the network
 *                    has clear community structure. 0 for a network without ties.
 */
public record CommunityReport(List<Community> communities, double modularity) {

    public CommunityReport {
        communities = List.copyOf(communities);
    }
}
