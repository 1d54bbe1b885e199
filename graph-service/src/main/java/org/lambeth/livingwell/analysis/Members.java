package org.lambeth.livingwell.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.analysis.graph.TieGraph;

/**
 * How analysis results show members: organisations and assets by id and name; people by pseudonym only when
 * the viewer may see individuals (LEAD and above, {@code Viewer#mayNameIndividuals}), otherwise as anonymous "PERSON" entries with their side.
 */
final class Members {

    /** A member as GraphQL shows it; id and name are null for people when individuals are not named. */
    record NetworkMember(String id, String name, String kind, String side) {
    }

    /** A count for a side (a locality id; null for members with none). */
    record SideCount(String side, int count) {

        static List<SideCount> of(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .map(e -> new SideCount("none".equals(e.getKey()) ? null : e.getKey(), e.getValue()))
                    .sorted(java.util.Comparator.comparing((SideCount c) -> c.side() == null ? "~" : c.side()))
                    .toList();
        }
    }

    private final TieGraph graph;
    private final boolean nameIndividuals;

    Members(TieGraph graph, boolean nameIndividuals) {
        this.graph = graph;
        this.nameIndividuals = nameIndividuals;
    }

    NetworkMember of(String id) {
        var node = graph.node(id);
        if (node == null) {
            return new NetworkMember(id, null, "UNKNOWN", null);
        }
        if (node.kind().equals("PERSON") && !nameIndividuals) {
            return new NetworkMember(null, null, "PERSON", node.side());
        }
        return new NetworkMember(node.id(), node.label(), node.kind(), node.side());
    }

    List<NetworkMember> of(Collection<String> ids) {
        return ids.stream().map(this::of).toList();
    }
}
