package org.lambeth.livingwell.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.lambeth.livingwell.analysis.AnalysisReports.KindCount;
import org.lambeth.livingwell.analysis.AnalysisReports.NetworkStrengthReport;
import org.lambeth.livingwell.analysis.AnalysisReports.SideStrength;
import org.lambeth.livingwell.analysis.AnalysisReports.WhatIfReport;
import org.lambeth.livingwell.analysis.Members.SideCount;
import org.lambeth.livingwell.analysis.graph.CrossSideTies;
import org.lambeth.livingwell.analysis.graph.IndependentPaths;
import org.lambeth.livingwell.analysis.graph.TieGraph;
import org.lambeth.livingwell.analysis.graph.TieNode;
import org.lambeth.livingwell.locality.LocalityView;
import org.springframework.stereotype.Service;

/** How strongly two localities are tied, and what changes if some members leave. */
@Service
public class NetworkStrengthAnalysis {

    private final NetworkProjector projector;
    private final AnalysisArguments arguments;
    private final AnalysisRunner runner;
    private final AnalysisProperties properties;

    NetworkStrengthAnalysis(NetworkProjector projector, AnalysisArguments arguments, AnalysisRunner runner,
            AnalysisProperties properties) {
        this.projector = projector;
        this.arguments = arguments;
        this.runner = runner;
        this.properties = properties;
    }

    NetworkStrengthReport networkStrength(List<String> between, LocalDate asOf, List<String> kinds,
            boolean nameIndividuals) {
        var sides = arguments.between(between);
        var kindSet = arguments.kinds(kinds);
        return runner.run("networkStrength", () -> {
            var projection = project(sides, asOf, kindSet);
            return report(projection, projection.graph(), sides, asOf, kindSet, nameIndividuals);
        });
    }

    WhatIfReport whatIf(List<String> remove, List<String> between, LocalDate asOf, List<String> kinds,
            boolean nameIndividuals) {
        var sides = arguments.between(between);
        var kindSet = arguments.kinds(kinds);
        return runner.run("whatIf", () -> {
            var projection = project(sides, asOf, kindSet);
            var ids = projection.members().stream().collect(Collectors.toMap(TieNode::id, m -> m, (a, b) -> a));
            arguments.remove(remove, ids);
            var before = projection.graph();
            var after = before.without(new HashSet<>(remove));
            var reportBefore = report(projection, before, sides, asOf, kindSet, nameIndividuals);
            var reportAfter = report(projection, after, sides, asOf, kindSet, nameIndividuals);
            return new WhatIfReport(new Members(before, nameIndividuals).of(remove), reportBefore,
                    reportAfter, cutOff(before, after, sides),
                    reportBefore.independentPaths() - reportAfter.independentPaths(),
                    reportBefore.crossTies() - reportAfter.crossTies());
        });
    }

    private Projection project(List<LocalityView> sides, LocalDate asOf, Set<String> kinds) {
        return projector.project(sides.stream().map(LocalityView::id).toList(), null, asOf).ofKinds(kinds);
    }

    NetworkStrengthReport report(Projection projection, TieGraph graph, List<LocalityView> sides, LocalDate asOf,
            Set<String> kinds, boolean nameIndividuals) {
        var a = sides.get(0);
        var b = sides.get(1);
        var cross = CrossSideTies.measure(graph, a.id(), b.id());
        var cut = IndependentPaths.between(graph, a.id(), b.id());
        var byKind = new ArrayList<KindCount>();
        cross.crossTiesByKind().forEach((kind, count) -> byKind.add(new KindCount(kind, count,
                cross.crossTies() == 0 ? 0 : (double) count / cross.crossTies())));
        var members = new Members(graph, nameIndividuals);
        return new NetworkStrengthReport(asOf, List.copyOf(kinds),
                List.of(new SideStrength(a, cross.a().nodes(), cross.a().ties(), cross.a().weightedTies(),
                        cross.a().density()),
                        new SideStrength(b, cross.b().nodes(), cross.b().ties(), cross.b().weightedTies(),
                                cross.b().density())),
                cross.crossTies(), cross.weightedCrossTies(), cross.eiIndex(), cut.independentPaths(),
                members.of(cut.cutMembers()), byKind, projection.crossIntroductions(graph, a.id(), b.id()),
                organisationTiesByKind(projection, graph));
    }

    private static final Set<String> ORGANISATION_KINDS = Set.of("COLLABORATION", "COORDINATION", "CONTRACT",
            "ALLIANCE");

    /** Ties between organisations (both still in the graph), by kind. */
    private static List<KindCount> organisationTiesByKind(Projection projection, TieGraph graph) {
        var counts = new java.util.TreeMap<String, Integer>();
        for (var tie : projection.ties()) {
            if (ORGANISATION_KINDS.contains(tie.kind()) && graph.node(tie.from()) != null
                    && graph.node(tie.to()) != null) {
                counts.merge(tie.kind(), 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                .map(e -> new KindCount(e.getKey(), e.getValue(), (double) e.getValue() / total)).toList();
    }

    /** Members on either side that reached the other side before and do not after, counted by side. */
    private static List<SideCount> cutOff(TieGraph before, TieGraph after, List<LocalityView> sides) {
        var reachBefore = reachingOtherSide(before, sides);
        var reachAfter = reachingOtherSide(after, sides);
        var counts = new LinkedHashMap<String, Integer>();
        sides.forEach(s -> counts.put(s.id(), 0));
        for (var id : reachBefore) {
            if (after.node(id) != null && !reachAfter.contains(id)) {
                counts.merge(before.node(id).side(), 1, Integer::sum);
            }
        }
        return SideCount.of(counts);
    }

    private static Set<String> reachingOtherSide(TieGraph graph, List<LocalityView> sides) {
        var reaching = new HashSet<String>();
        for (var component : new ConnectivityInspector<>(graph.graph()).connectedSets()) {
            Map<String, Long> bySide = component.stream().map(graph::node)
                    .filter(n -> n.side() != null)
                    .collect(Collectors.groupingBy(TieNode::side, Collectors.counting()));
            if (bySide.containsKey(sides.get(0).id()) && bySide.containsKey(sides.get(1).id())) {
                component.stream().filter(id -> graph.node(id).side() != null).forEach(reaching::add);
            }
        }
        return reaching;
    }
}
