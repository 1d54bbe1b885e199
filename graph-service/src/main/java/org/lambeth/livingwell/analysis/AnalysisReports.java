package org.lambeth.livingwell.analysis;

import java.time.LocalDate;
import java.util.List;

import org.lambeth.livingwell.analysis.Members.NetworkMember;
import org.lambeth.livingwell.analysis.Members.SideCount;
import org.lambeth.livingwell.locality.LocalityView;

/** The read models of the analysis queries, shaped as the GraphQL types of analysis.graphqls. */
final class AnalysisReports {

    private AnalysisReports() {
    }

    record SideStrength(LocalityView locality, int members, int ties, double weightedTies, double density) {
    }

    record KindCount(String kind, int count, double share) {
    }

    record NetworkStrengthReport(LocalDate asOf, List<String> kinds, List<SideStrength> sides, int crossTies,
            double weightedCrossTies, double eiIndex, int independentPaths, List<NetworkMember> minimumCut,
            List<KindCount> crossTiesByKind, int crossIntroductions, List<KindCount> organisationTiesByKind) {
    }

    record Bridge(NetworkMember from, NetworkMember to) {
    }

    record Departure(NetworkMember member, int disconnected, List<SideCount> bySide) {
    }

    record Centrality(NetworkMember member, double betweenness) {
    }

    record KeyConnectorReport(int members, int ties, List<NetworkMember> articulationPoints, List<Bridge> bridges,
            List<Centrality> betweenness, boolean betweennessSampled, int betweennessSampleSize,
            List<Departure> departures) {
    }

    record WhatIfReport(List<NetworkMember> removed, NetworkStrengthReport before, NetworkStrengthReport after,
            List<SideCount> cutOff, int independentPathsLost, int crossTiesLost) {
    }

    record CommunityView(int id, int size, List<SideCount> localityMix, List<NetworkMember> bridgingMembers) {
    }

    record CommunityReport(List<CommunityView> communities, double modularity) {
    }

    record ReachedItem(NetworkMember member, int hops) {
    }

    record ReachReport(NetworkMember person, int hops, List<ReachedItem> assets, List<ReachedItem> organisations) {
    }
}
