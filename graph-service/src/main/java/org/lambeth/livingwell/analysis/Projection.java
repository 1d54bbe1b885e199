package org.lambeth.livingwell.analysis;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lambeth.livingwell.analysis.graph.Tie;
import org.lambeth.livingwell.analysis.graph.TieGraph;
import org.lambeth.livingwell.analysis.graph.TieNode;

/**
 * The network as read from the graph: members (with their side and whether they are in scope) and directed ties.
 *
 * @param members every person, organisation and asset with a tie
 * @param inScope ids of the members inside the scope locality (all when there is no scope)
 * @param ties every tie, from its start to its end as stored
 */
record Projection(List<TieNode> members, Set<String> inScope, List<Tie> ties) {

    /**
     * Only ties of the given kinds (all when empty), and only the members that still have a tie: as of a date, a
     * person whose ties all began later is not yet part of the network.
     */
    Projection ofKinds(Set<String> kinds) {
        var kept = kinds.isEmpty() ? ties : ties.stream().filter(t -> kinds.contains(t.kind())).toList();
        var tied = new java.util.HashSet<String>();
        kept.forEach(t -> {
            tied.add(t.from());
            tied.add(t.to());
        });
        return new Projection(members.stream().filter(m -> tied.contains(m.id())).toList(), inScope, kept);
    }

    /**
     * Members in scope, and organisations and assets tied to them (they have no home locality of their own);
     * the whole network when every member is in scope.
     */
    Projection scoped() {
        if (inScope.size() == members.size()) {
            return this;
        }
        var kept = new java.util.HashSet<>(inScope);
        for (var tie : ties) {
            if (inScope.contains(tie.from())) {
                kept.add(tie.to());
            }
            if (inScope.contains(tie.to())) {
                kept.add(tie.from());
            }
        }
        var people = members.stream().filter(m -> m.kind().equals("PERSON") && !inScope.contains(m.id()))
                .map(TieNode::id).collect(Collectors.toSet());
        kept.removeAll(people);
        return new Projection(members.stream().filter(m -> kept.contains(m.id())).toList(), inScope,
                ties.stream().filter(t -> kept.contains(t.from()) && kept.contains(t.to())).toList());
    }

    TieGraph graph() {
        return TieGraph.of(members, ties);
    }

    /** Introductions from a person on one side to an asset or organisation on the other. */
    int crossIntroductions(TieGraph graph, String sideA, String sideB) {
        int crossing = 0;
        for (var tie : ties) {
            if (!tie.kind().equals("INTRODUCTION")) {
                continue;
            }
            var from = graph.node(tie.from());
            var to = graph.node(tie.to());
            if (from != null && to != null && from.side() != null && to.side() != null
                    && !from.side().equals(to.side()) && Set.of(sideA, sideB).containsAll(
                            Set.of(from.side(), to.side()))) {
                crossing++;
            }
        }
        return crossing;
    }
}
