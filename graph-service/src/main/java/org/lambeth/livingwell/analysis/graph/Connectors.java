package org.lambeth.livingwell.analysis.graph;

import java.util.List;

/**
 * The single points of failure of a network.
 *
 * @param articulationPoints nodes whose departure splits their component, sorted
 * @param bridges            ties whose loss splits their component, sorted
 */
public record Connectors(List<String> articulationPoints, List<NodePair> bridges) {

    public Connectors {
        articulationPoints = List.copyOf(articulationPoints);
        bridges = List.copyOf(bridges);
    }
}
