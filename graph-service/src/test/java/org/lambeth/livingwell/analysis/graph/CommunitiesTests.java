package org.lambeth.livingwell.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lambeth.livingwell.analysis.graph.TestNetworks.network;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import org.junit.jupiter.api.Test;

class CommunitiesTests {

    private static final TieGraph KARATE = TestNetworks.karate();
    /** Mr Hi's faction after the split (Zachary 1977); the other 17 members followed the Officer. */
    private static final Set<String> MR_HI = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "11", "12", "13",
            "14", "17", "18", "20", "22");

    @Test
    void findsThreeOrFourCommunitiesInTheKarateClubWithHighModularity() {
        var report = Communities.leiden(KARATE, 42);

        assertThat(report.communities()).hasSizeBetween(3, 4);
        assertThat(report.modularity()).isGreaterThanOrEqualTo(0.40).isLessThanOrEqualTo(0.4198 + 1e-4);
        assertThat(report.communities()).flatMap(Community::members).hasSize(34).doesNotHaveDuplicates();
        assertThat(report.communities()).extracting(Community::id)
                .containsExactlyElementsOf(IntStream.range(0, report.communities().size()).boxed().toList());
        assertThat(report.communities()).extracting(c -> c.members().size())
                .isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        assertThat(communityOf(report, "1")).isNotEqualTo(communityOf(report, "34"));
    }

    @Test
    void aSeedGivesOneAnswer() {
        assertThat(Communities.leiden(KARATE, 7)).isEqualTo(Communities.leiden(KARATE, 7));
    }

    @Test
    void modularityFollowsTheDefinitionAndAgreesWithTheLibrarysQualityFunction() {
        var indexed = KARATE.indexed();
        var factions = new int[34];
        for (int v = 0; v < 34; v++) {
            factions[v] = MR_HI.contains(indexed.id(v)) ? 0 : 1;
        }
        var network = Communities.network(indexed);
        var cpm = new LeidenAlgorithm(Communities.modularityResolution(network), 1, 0.01, new java.util.Random(1));

        // networkx: modularity(karate_club_graph(), [Mr Hi's faction, the Officer's], weight=None)
        assertThat(Modularity.of(indexed, factions, 2)).isCloseTo(0.3582347140039448, within(1e-12));
        assertThat(cpm.calcQuality(network, new Clustering(factions))).isCloseTo(0.3582347140039448, within(1e-12));
        assertThat(Modularity.of(indexed, new int[34], 1)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void twoCliquesJoinedByOneTieAreTwoCommunitiesBridgedByItsEnds() {
        var g = network().on("north", "a1", "a2", "a3", "a4", "a5").on("south", "b1", "b2", "b3", "b4")
                .on(null, "org").clique("a1", "a2", "a3", "a4", "a5").clique("b1", "b2", "b3", "b4", "org")
                .tie("a5", "b1", "INTRODUCTION").graph();

        var report = Communities.leiden(g, 1);

        assertThat(report.communities()).containsExactly(
                new Community(0, List.of("a1", "a2", "a3", "a4", "a5"), Map.of("north", 5), List.of("a5")),
                new Community(1, List.of("b1", "b2", "b3", "b4", "org"), Map.of("south", 4, "none", 1),
                        List.of("b1")));
        // Two 5-cliques (10 ties each) and one tie between: m = 21, each half's degrees add up to 2 * 10 + 1 = 21.
        assertThat(report.modularity()).isCloseTo(2 * (10 / 21.0 - Math.pow(21 / 42.0, 2)), within(1e-12));
    }

    @Test
    void strongerTiesPullCommunitiesTogether() {
        // A 6-cycle; strong ties a-b, c-d, e-f make those three pairs the communities.
        var g = network().tie("a", "b", "KNOWS", 5).tie("b", "c", "KNOWS").tie("c", "d", "KNOWS", 5)
                .tie("d", "e", "KNOWS").tie("e", "f", "KNOWS", 5).tie("f", "a", "KNOWS").graph();

        assertThat(Communities.leiden(g, 3).communities()).extracting(Community::members)
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
    }

    @Test
    void aNetworkWithoutTiesIsAllSingletonsAndAnEmptyOneHasNoCommunities() {
        var loners = Communities.leiden(network().on("north", "b", "a").graph(), 1);

        assertThat(loners.communities()).extracting(Community::members).containsExactly(List.of("a"), List.of("b"));
        assertThat(loners.modularity()).isZero();
        assertThat(Communities.leiden(network().graph(), 1)).isEqualTo(new CommunityReport(List.of(), 0));
    }

    private static int communityOf(CommunityReport report, String member) {
        return report.communities().stream().filter(c -> c.members().contains(member)).findFirst().orElseThrow()
                .id();
    }
}
