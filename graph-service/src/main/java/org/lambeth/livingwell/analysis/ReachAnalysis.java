package org.lambeth.livingwell.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.jgrapht.Graphs;
import org.lambeth.livingwell.analysis.AnalysisReports.ReachReport;
import org.lambeth.livingwell.analysis.AnalysisReports.ReachedItem;
import org.lambeth.livingwell.api.ForbiddenException;
import org.lambeth.livingwell.api.InvalidArgumentException;
import org.springframework.stereotype.Service;

/** What a peer supporter can reach through the network: assets and organisations within a few hops. */
@Service
public class ReachAnalysis {

    private final NetworkProjector projector;
    private final AnalysisArguments arguments;
    private final AnalysisRunner runner;

    ReachAnalysis(NetworkProjector projector, AnalysisArguments arguments, AnalysisRunner runner) {
        this.projector = projector;
        this.arguments = arguments;
        this.runner = runner;
    }

    ReachReport reach(String personId, Integer hops, boolean nameIndividuals) {
        if (!nameIndividuals) {
            throw new ForbiddenException("reach is about one person: only roles that may see individuals can ask");
        }
        int limit = arguments.hops(hops);
        return runner.run("reach", () -> {
            var graph = projector.project(AnalysisArguments.DEFAULT_SIDES, null, null).graph();
            var person = graph.node(personId);
            if (person == null || !person.kind().equals("PERSON")) {
                throw new InvalidArgumentException("personId", "no person with id '" + personId
                        + "' in the network");
            }
            var distance = new HashMap<String, Integer>();
            distance.put(personId, 0);
            var queue = new ArrayDeque<String>(List.of(personId));
            while (!queue.isEmpty()) {
                var current = queue.poll();
                int next = distance.get(current) + 1;
                if (next > limit) {
                    continue;
                }
                for (var neighbour : Graphs.neighborListOf(graph.graph(), current)) {
                    if (distance.putIfAbsent(neighbour, next) == null) {
                        queue.add(neighbour);
                    }
                }
            }
            var members = new Members(graph, true);
            var assets = new ArrayList<ReachedItem>();
            var organisations = new ArrayList<ReachedItem>();
            distance.forEach((id, d) -> {
                var kind = graph.node(id).kind();
                if (kind.equals("ASSET")) {
                    assets.add(new ReachedItem(members.of(id), d));
                } else if (kind.equals("ORGANISATION")) {
                    organisations.add(new ReachedItem(members.of(id), d));
                }
            });
            Comparator<ReachedItem> order = Comparator.comparingInt(ReachedItem::hops)
                    .thenComparing(r -> r.member().name() == null ? "" : r.member().name());
            assets.sort(order);
            organisations.sort(order);
            return new ReachReport(members.of(personId), limit, assets, organisations);
        });
    }
}
