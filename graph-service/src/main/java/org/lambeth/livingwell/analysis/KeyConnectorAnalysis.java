package org.lambeth.livingwell.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lambeth.livingwell.analysis.AnalysisReports.Bridge;
import org.lambeth.livingwell.analysis.AnalysisReports.Centrality;
import org.lambeth.livingwell.analysis.AnalysisReports.CommunityReport;
import org.lambeth.livingwell.analysis.AnalysisReports.CommunityView;
import org.lambeth.livingwell.analysis.AnalysisReports.Departure;
import org.lambeth.livingwell.analysis.AnalysisReports.KeyConnectorReport;
import org.lambeth.livingwell.analysis.Members.SideCount;
import org.lambeth.livingwell.analysis.graph.BetweennessScores;
import org.lambeth.livingwell.analysis.graph.Communities;
import org.lambeth.livingwell.analysis.graph.CutVertices;
import org.lambeth.livingwell.analysis.graph.DepartureImpacts;
import org.springframework.stereotype.Service;

/** Who holds the network together, and the networks within the Network. */
@Service
public class KeyConnectorAnalysis {

    static final long SEED = 20141211L;

    private final NetworkProjector projector;
    private final AnalysisArguments arguments;
    private final AnalysisRunner runner;
    private final AnalysisProperties properties;

    KeyConnectorAnalysis(NetworkProjector projector, AnalysisArguments arguments, AnalysisRunner runner,
            AnalysisProperties properties) {
        this.projector = projector;
        this.arguments = arguments;
        this.runner = runner;
        this.properties = properties;
    }

    KeyConnectorReport keyConnectors(String scope, Integer top, LocalDate asOf, List<String> kinds,
            boolean nameIndividuals) {
        var scopeId = arguments.scope(scope);
        int n = arguments.top(top);
        var kindSet = arguments.kinds(kinds);
        return runner.run("keyConnectors", () -> {
            var graph = project(scopeId, asOf, kindSet).graph();
            var members = new Members(graph, nameIndividuals);
            var connectors = CutVertices.find(graph);
            var betweenness = BetweennessScores.compute(graph, properties.exactBetweennessLimit(),
                    properties.betweennessSample(), SEED);
            var central = betweenness.top(n).stream()
                    .map(e -> new Centrality(members.of(e.getKey()), e.getValue())).toList();
            var departures = DepartureImpacts.rank(graph, connectors.articulationPoints(), n).stream()
                    .map(d -> new Departure(members.of(d.nodeId()), d.disconnected(),
                            SideCount.of(d.disconnectedBySide())))
                    .toList();
            var bridges = connectors.bridges().stream()
                    .map(b -> new Bridge(members.of(b.from()), members.of(b.to()))).toList();
            return new KeyConnectorReport(graph.nodeCount(), graph.tieCount(),
                    members.of(connectors.articulationPoints()), bridges, central, betweenness.sampled(),
                    betweenness.sampled() ? betweenness.sampleSize() : graph.nodeCount(), departures);
        });
    }

    CommunityReport communities(String scope, LocalDate asOf, List<String> kinds, boolean nameIndividuals) {
        var scopeId = arguments.scope(scope);
        var kindSet = arguments.kinds(kinds);
        return runner.run("communities", () -> {
            var graph = project(scopeId, asOf, kindSet).graph();
            var members = new Members(graph, nameIndividuals);
            var report = Communities.leiden(graph, SEED);
            var views = new ArrayList<CommunityView>();
            for (var community : report.communities()) {
                views.add(new CommunityView(community.id(), community.members().size(),
                        SideCount.of(community.sideMix()), members.of(community.bridgingMembers())));
            }
            return new CommunityReport(views, report.modularity());
        });
    }

    private Projection project(String scope, LocalDate asOf, Set<String> kinds) {
        return projector.project(AnalysisArguments.DEFAULT_SIDES, scope, asOf).ofKinds(kinds).scoped();
    }
}
