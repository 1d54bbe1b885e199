package org.lambeth.livingwell.analysis.graph;

import java.util.List;

/**
 * How many departures it takes to cut two sides apart (Menger's theorem: as many as there are node-independent
 * paths between them).
 *
 * @param independentPaths the maximum number of paths from side A to side B sharing no node
 * @param cutMembers       the nodes of one minimum vertex cut (removing them leaves no path), sorted; its size is
 *                         {@code independentPaths}. Cut nodes may lie on either side themselves.
 */
public record VertexCut(int independentPaths, List<String> cutMembers) {

    public VertexCut {
        cutMembers = List.copyOf(cutMembers);
    }
}
