package org.lambeth.livingwell.analysis;

import java.time.LocalDate;
import java.util.List;

import org.lambeth.livingwell.analysis.AnalysisReports.CommunityReport;
import org.lambeth.livingwell.analysis.AnalysisReports.KeyConnectorReport;
import org.lambeth.livingwell.analysis.AnalysisReports.NetworkStrengthReport;
import org.lambeth.livingwell.analysis.AnalysisReports.ReachReport;
import org.lambeth.livingwell.analysis.AnalysisReports.WhatIfReport;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The network analysis queries of analysis.graphqls. People are named only to viewers who may see individuals. */
@Controller
@EnableConfigurationProperties(AnalysisProperties.class)
class AnalysisController {

    private final NetworkStrengthAnalysis strength;
    private final KeyConnectorAnalysis connectors;
    private final ReachAnalysis reach;

    AnalysisController(NetworkStrengthAnalysis strength, KeyConnectorAnalysis connectors, ReachAnalysis reach) {
        this.strength = strength;
        this.connectors = connectors;
        this.reach = reach;
    }

    @QueryMapping
    NetworkStrengthReport networkStrength(@Argument List<String> between, @Argument LocalDate asOf,
            @Argument List<String> kinds, @ContextValue(Viewer.KEY) Viewer viewer) {
        return strength.networkStrength(between, asOf, kinds, viewer.mayNameIndividuals());
    }

    @QueryMapping
    WhatIfReport whatIf(@Argument List<String> remove, @Argument List<String> between, @Argument LocalDate asOf,
            @Argument List<String> kinds, @ContextValue(Viewer.KEY) Viewer viewer) {
        return strength.whatIf(remove, between, asOf, kinds, viewer.mayNameIndividuals());
    }

    @QueryMapping
    KeyConnectorReport keyConnectors(@Argument String scope, @Argument Integer top, @Argument LocalDate asOf,
            @Argument List<String> kinds, @ContextValue(Viewer.KEY) Viewer viewer) {
        return connectors.keyConnectors(scope, top, asOf, kinds, viewer.mayNameIndividuals());
    }

    @QueryMapping
    CommunityReport communities(@Argument String scope, @Argument LocalDate asOf, @Argument List<String> kinds,
            @ContextValue(Viewer.KEY) Viewer viewer) {
        return connectors.communities(scope, asOf, kinds, viewer.mayNameIndividuals());
    }

    @QueryMapping
    ReachReport reach(@Argument String personId, @Argument Integer hops, @ContextValue(Viewer.KEY) Viewer viewer) {
        return reach.reach(personId, hops, viewer.mayNameIndividuals());
    }
}
