package org.lambeth.livingwell.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.lambeth.livingwell.analysis.graph.TestNetworks.network;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BetweennessScoresTests {

    private static final TieGraph KARATE = TestNetworks.karate();

    @Test
    void exactScoresOnTheKarateClubMatchTheNetworkxValues() {
        var betweenness = BetweennessScores.compute(KARATE, 1_000, 10, 42);

        assertThat(betweenness.sampled()).isFalse();
        assertThat(betweenness.sampleSize()).isZero();
        assertThat(betweenness.scores()).hasSize(34);
        assertThat(betweenness.scores().get("1")).isCloseTo(0.43763528, within(1e-6));
        assertThat(betweenness.scores().get("34")).isCloseTo(0.30407497, within(1e-6));
        assertThat(betweenness.scores().get("33")).isCloseTo(0.14524711, within(1e-6));
        assertThat(betweenness.scores().get("3")).isCloseTo(0.14365680, within(1e-6));
        assertThat(betweenness.scores().get("32")).isCloseTo(0.13827561, within(1e-6));
        assertThat(betweenness.scores().get("12")).isZero(); // member 12 knows only member 1
        assertThat(betweenness.top(5)).extracting(Map.Entry::getKey).containsExactly("1", "34", "33", "3", "32");
    }

    @Test
    void samplingEverySourceGivesTheExactScores() {
        var exact = BetweennessScores.compute(KARATE, 34, 0, 0);

        var sampled = BetweennessScores.compute(KARATE, 33, 34, 42);
        var capped = BetweennessScores.compute(KARATE, 10, 500, 7);

        assertThat(sampled.sampled()).isTrue();
        assertThat(sampled.sampleSize()).isEqualTo(34);
        assertThat(capped.sampleSize()).isEqualTo(34);
        exact.scores().forEach((id, score) -> {
            assertThat(sampled.scores().get(id)).as(id).isCloseTo(score, within(1e-12));
            assertThat(capped.scores().get(id)).as(id).isCloseTo(score, within(1e-12));
        });
    }

    @Test
    void samplingAgreesWithExactOnARandomNetworkAndIsRepeatableForASeed() {
        var g = TestNetworks.random(120, 0.04, 3);
        var exact = BetweennessScores.compute(g, 120, 0, 0);

        var all = BetweennessScores.compute(g, 0, 120, 1);
        var some = BetweennessScores.compute(g, 0, 30, 1);

        exact.scores().forEach((id, score) -> assertThat(all.scores().get(id)).isCloseTo(score, within(1e-12)));
        assertThat(some).isEqualTo(BetweennessScores.compute(g, 0, 30, 1));
        assertThat(some.scores()).isNotEqualTo(exact.scores());
        assertThatThrownBy(() -> BetweennessScores.compute(g, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExactScoresAgreeWithJGraphTsBetweenness() {
        var g = TestNetworks.random(150, 0.05, 7);
        var ours = BetweennessScores.compute(g, 150, 0, 0).scores();
        var oracle = BetweennessScores.exactByJGraphT(g);
        assertThat(ours).hasSameSizeAs(oracle);
        oracle.forEach((id, score) -> assertThat(ours.get(id)).isCloseTo(score, within(1e-12)));
    }

    @Test
    void aStrongTieIsNotAShorterPath() {
        // Weighted as distances, a-b-c (2) would beat the direct a-c (5) and put b between them.
        var g = network().tie("a", "b", "KNOWS").tie("b", "c", "KNOWS").tie("a", "c", "COLLABORATION", 5).graph();

        assertThat(BetweennessScores.compute(g, 10, 1, 1).scores()).containsEntry("b", 0.0);
        assertThat(BetweennessScores.compute(g, 0, 3, 1).scores()).containsEntry("b", 0.0);
    }

    @Test
    void topListsHighestFirstWithEqualScoresById() {
        var betweenness = new Betweenness(Map.of("b", 0.5, "a", 0.5, "c", 0.9, "d", 0.1), false, 0);

        assertThat(betweenness.top(3)).containsExactly(Map.entry("c", 0.9), Map.entry("a", 0.5), Map.entry("b", 0.5));
        assertThat(betweenness.top(0)).isEmpty();
    }
}
