package org.lambeth.livingwell.analysis;

import java.time.LocalDate;
import java.util.List;

import org.lambeth.livingwell.analysis.AnalysisReports.CommunityReport;
import org.lambeth.livingwell.analysis.AnalysisReports.KeyConnectorReport;
import org.lambeth.livingwell.analysis.AnalysisReports.NetworkStrengthReport;
import org.lambeth.livingwell.analysis.AnalysisReports.ReachReport;
import org.lambeth.livingwell.analysis.AnalysisReports.WhatIfReport;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The network analysis queries of analysis.graphqls. */
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
            @Argument List<String> kinds) {
        return strength.networkStrength(between, asOf, kinds);
    }

    @QueryMapping
    WhatIfReport whatIf(@Argument List<String> remove, @Argument List<String> between, @Argument LocalDate asOf,
            @Argument List<String> kinds) {
        return strength.whatIf(remove, between, asOf, kinds);
    }

    @QueryMapping
    KeyConnectorReport keyConnectors(@Argument String scope, @Argument Integer top, @Argument LocalDate asOf,
            @Argument List<String> kinds) {
        return connectors.keyConnectors(scope, top, asOf, kinds);
    }

    @QueryMapping
    CommunityReport communities(@Argument String scope, @Argument LocalDate asOf, @Argument List<String> kinds) {
        return connectors.communities(scope, asOf, kinds);
    }

    @QueryMapping
    ReachReport reach(@Argument String personId, @Argument Integer hops) {
        return reach.reach(personId, hops);
    }
}
