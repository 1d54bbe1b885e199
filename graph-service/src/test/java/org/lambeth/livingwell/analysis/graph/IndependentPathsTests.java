package org.lambeth.livingwell.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lambeth.livingwell.analysis.graph.TestNetworks.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndependentPathsTests {

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void sidesJoinedThroughKMiddleNodesHaveKPathsAndTheMiddleNodesAreTheCut(int k) {
        var net = network().on("north", "a1", "a2", "a3", "a4").on("south", "b1", "b2", "b3", "b4")
                .clique("a1", "a2", "a3", "a4").clique("b1", "b2", "b3", "b4");
        var middle = new ArrayList<String>();
        for (int i = 1; i <= k; i++) {
            var m = "m" + i;
            middle.add(m);
            for (var end : List.of("a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4")) {
                net.tie(m, end, "KNOWS");
            }
        }
        var g = net.graph();

        var cut = IndependentPaths.between(g, "north", "south");

        assertThat(cut.independentPaths()).isEqualTo(k);
        assertThat(cut.cutMembers()).containsExactlyElementsOf(middle);
        assertSeparates(g, cut);
    }

    @Test
    void longDisjointChainsAreCutOnceEach() {
        var g = network().on("north", "a1", "a2").on("south", "b1", "b2").clique("a1", "a2").clique("b1", "b2")
                .path("a1", "p1", "p2", "p3", "b1").path("a2", "q1", "q2", "b2").path("a1", "r1", "q2")
                .graph();

        var cut = IndependentPaths.between(g, "north", "south");

        assertThat(cut.independentPaths()).isEqualTo(2);
        assertThat(cut.cutMembers()).hasSize(2);
        assertSeparates(g, cut);
    }

    @Test
    void sidesTiedDirectlyNeedOneOfTheEndsRemoved() {
        var g = network().on("north", "a").on("south", "b").tie("a", "b", "KNOWS").graph();

        var cut = IndependentPaths.between(g, "north", "south");

        assertThat(cut.independentPaths()).isEqualTo(1);
        assertThat(cut.cutMembers()).hasSize(1).isSubsetOf("a", "b");
        assertSeparates(g, cut);
    }

    @Test
    void anEmptyOrUnreachableSideHasNoPaths() {
        var g = network().on("north", "a", "b").on("south", "c").path("a", "b").graph();

        assertThat(IndependentPaths.between(g, "north", "south")).isEqualTo(new VertexCut(0, List.of()));
        assertThat(IndependentPaths.between(g, "north", "west")).isEqualTo(new VertexCut(0, List.of()));
        assertThatThrownBy(() -> IndependentPaths.between(g, "north", "north"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithTheSmallestSeparatingSetFoundByBruteForce() {
        for (long seed = 1; seed <= 30; seed++) {
            var g = TestNetworks.random(10, 0.3, seed);

            var cut = IndependentPaths.between(g, "a", "b");

            assertThat(cut.independentPaths()).as("seed %d", seed).isEqualTo(smallestSeparatingSet(g));
            assertThat(cut.cutMembers()).hasSize(cut.independentPaths());
            assertSeparates(g, cut);
        }
    }

    @Test
    void agreesWithJGraphTsPushRelabelOnLargerNetworks() {
        for (long seed = 1; seed <= 12; seed++) {
            var g = TestNetworks.random(150 + 25 * (int) seed, 0.03, seed);

            var cut = IndependentPaths.between(g, "a", "b");
            var oracle = IndependentPaths.betweenByJGraphT(g, "a", "b");

            assertThat(cut.independentPaths()).as("seed %d", seed).isEqualTo(oracle.independentPaths());
            assertThat(cut.cutMembers()).hasSize(cut.independentPaths());
            assertSeparates(g, cut);
        }
    }

    private static int smallestSeparatingSet(TieGraph g) {
        var ids = g.graph().vertexSet().stream().sorted().toList();
        int best = ids.size();
        for (int mask = 0; mask < 1 << ids.size(); mask++) {
            var removed = new HashSet<String>();
            for (int i = 0; i < ids.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    removed.add(ids.get(i));
                }
            }
            if (removed.size() < best && separated(g.without(removed), "a", "b")) {
                best = removed.size();
            }
        }
        return best;
    }

    private static void assertSeparates(TieGraph g, VertexCut cut) {
        assertThat(separated(g.without(Set.copyOf(cut.cutMembers())), "north", "south")
                && separated(g.without(Set.copyOf(cut.cutMembers())), "a", "b")).isTrue();
    }

    private static boolean separated(TieGraph g, String sideA, String sideB) {
        var components = new ConnectivityInspector<>(g.graph());
        var b = Set.copyOf(g.nodesOnSide(sideB));
        return g.nodesOnSide(sideA).stream()
                .noneMatch(a -> components.connectedSetOf(a).stream().anyMatch(b::contains));
    }
}
