package org.lambeth.livingwell.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.lambeth.livingwell.analysis.graph.TestNetworks.network;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CrossSideTiesTests {

    /*
     * North n1 n2 n3, South s1 s2, an organisation on no side, and two nodes of a third side.
     * Within North: n1-n2 (1), n2-n3 (2). Within South: s1-s2 (1).
     * Across: n1-s1 KNOWS 1 + INTRODUCTION 0.5 (one merged tie), n3-s2 ALLIANCE 2.
     * Out of both sides: n2-org, s2-org. Not touching either: e1-e2, e1-org.
     */
    private final TieGraph g = network().on("north", "n1", "n2", "n3").on("south", "s1", "s2").on(null, "org")
            .on("east", "e1", "e2")
            .tie("n1", "n2", "KNOWS").tie("n2", "n3", "KNOWS", 2)
            .tie("s1", "s2", "COLLABORATION")
            .tie("n1", "s1", "KNOWS").tie("s1", "n1", "INTRODUCTION", 0.5).tie("n3", "s2", "ALLIANCE", 2)
            .tie("n2", "org", "MEMBERSHIP").tie("s2", "org", "RUNS")
            .tie("e1", "e2", "KNOWS").tie("e1", "org", "MEMBERSHIP")
            .graph();

    @Test
    void countsTiesWithinEachSideAndTheirDensity() {
        var report = CrossSideTies.measure(g, "north", "south");

        assertThat(report.a()).isEqualTo(new SideSummary("north", 3, 2, 3.0, 2 / 3.0));
        assertThat(report.b()).isEqualTo(new SideSummary("south", 2, 1, 1.0, 1.0));
    }

    @Test
    void countsCrossTiesOncePerTieAndOncePerKind() {
        var report = CrossSideTies.measure(g, "north", "south");

        assertThat(report.crossTies()).isEqualTo(2);
        assertThat(report.weightedCrossTies()).isEqualTo(3.5);
        assertThat(report.crossTiesByKind()).containsExactly(Map.entry("ALLIANCE", 1), Map.entry("INTRODUCTION", 1),
                Map.entry("KNOWS", 1));
    }

    @Test
    void theEiIndexWeighsTiesLeavingBothSidesAgainstTiesStayingInOne() {
        // Internal: 2 + 1 = 3. External: 2 cross ties + n2-org + s2-org = 4. (4 - 3) / 7.
        assertThat(CrossSideTies.measure(g, "north", "south").eiIndex()).isCloseTo(1 / 7.0, within(1e-12));
        // The same sides the other way round give the same index.
        assertThat(CrossSideTies.measure(g, "south", "north").eiIndex()).isCloseTo(1 / 7.0, within(1e-12));
    }

    @Test
    void sidesWithNoTiesHaveZeroDensityAndIndex() {
        var lonely = network().on("north", "n1").on("south", "s1", "s2").graph();

        var report = CrossSideTies.measure(lonely, "north", "south");

        assertThat(report.a()).isEqualTo(new SideSummary("north", 1, 0, 0.0, 0.0));
        assertThat(report.b().density()).isZero();
        assertThat(report.crossTies()).isZero();
        assertThat(report.eiIndex()).isZero();
        assertThat(report.crossTiesByKind()).isEmpty();
    }

    @Test
    void sidesThatOnlyTieAcrossHaveIndexOne() {
        var across = network().on("north", "n1", "n2").on("south", "s1").path("n1", "s1", "n2").graph();

        assertThat(CrossSideTies.measure(across, "north", "south").eiIndex()).isEqualTo(1.0);
        assertThatThrownBy(() -> CrossSideTies.measure(across, "north", "north"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
