package org.lambeth.livingwell.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.lambeth.livingwell.analysis.graph.TestNetworks.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;

class DepartureImpactsTests {

    @Test
    void theConnectorOfTwoCliquesCutsOffTheSmallerOneWithItsSide() {
        // The small South clique sorts first, so the search starts there: both ways round must agree.
        var smallFirst = network().on("south", "a1", "a2").on("north", "z1", "z2", "z3", "z4").on(null, "m")
                .clique("a1", "a2", "m").clique("m", "z1", "z2", "z3", "z4").graph();
        var bigFirst = network().on("north", "a1", "a2", "a3", "a4").on("south", "z1", "z2").on(null, "m")
                .clique("a1", "a2", "a3", "a4", "m").clique("m", "z1", "z2").graph();

        assertThat(DepartureImpacts.rank(smallFirst, List.of("m"), 5))
                .containsExactly(new DepartureImpact("m", 2, Map.of("south", 2)));
        assertThat(DepartureImpacts.rank(bigFirst, List.of("m"), 5))
                .containsExactly(new DepartureImpact("m", 2, Map.of("south", 2)));
    }

    @Test
    void whenTwoPiecesTieForLargestThePieceWithTheSmallestIdStays() {
        var g = network().on("north", "a", "b").on("south", "d", "e").path("a", "b", "c", "d", "e").graph();
        var fromTheOtherEnd = network().on("north", "d", "e").on("south", "a", "b").path("e", "d", "c", "b", "a")
                .graph();

        assertThat(DepartureImpacts.rank(g, List.of("c"), 1))
                .containsExactly(new DepartureImpact("c", 2, Map.of("south", 2)));
        assertThat(DepartureImpacts.rank(fromTheOtherEnd, List.of("c"), 1))
                .containsExactly(new DepartureImpact("c", 2, Map.of("north", 2)));
    }

    @Test
    void theTieRuleLooksAtEveryIdInAPieceNotJustTheNodeNextToTheDeparture() {
        // Hub "a" with arms m-z (North) and n-b (South): the arm holding "b" stays though "m" sorts before "n".
        var g = network().on(null, "a").on("north", "m", "z").on("south", "n", "b").path("z", "m", "a", "n", "b")
                .graph();

        assertThat(DepartureImpacts.rank(g, List.of("a"), 1))
                .containsExactly(new DepartureImpact("a", 2, Map.of("north", 2)));
    }

    @Test
    void departuresAreRankedByWhatTheyDisconnectThenById() {
        var g = network().on("north", "a", "b", "c").on("south", "d", "e").path("a", "b", "c", "d", "e").graph();

        var ranked = DepartureImpacts.rank(g, List.of("a", "b", "c", "d", "ghost", "b"), 3);

        assertThat(ranked).containsExactly(new DepartureImpact("c", 2, Map.of("south", 2)),
                new DepartureImpact("b", 1, Map.of("north", 1)), new DepartureImpact("d", 1, Map.of("south", 1)));
        assertThat(DepartureImpacts.rank(g, List.of("a"), 3)).containsExactly(new DepartureImpact("a", 0, Map.of()));
        assertThat(DepartureImpacts.rank(g, List.of("a", "b"), 0)).isEmpty();
    }

    @Test
    void aHubWithSeveralArmsKeepsTheLongestAndLosesTheOthers() {
        var g = network().on("north", "hub", "x1", "x2", "x3").on("south", "y1", "y2").on(null, "z1")
                .path("hub", "x1", "x2", "x3").path("hub", "y1", "y2").path("hub", "z1").graph();

        assertThat(DepartureImpacts.rank(g, List.of("hub"), 1))
                .containsExactly(new DepartureImpact("hub", 3, Map.of("south", 2, "none", 1)));
    }

    @Test
    void agreesWithRemovingEachNodeAndCountingThePieces() {
        for (long seed = 1; seed <= 20; seed++) {
            var g = TestNetworks.random(60, 0.035, seed);
            var ids = g.graph().vertexSet().stream().sorted().toList();

            var ranked = DepartureImpacts.rank(g, ids, ids.size());

            for (var impact : ranked) {
                var expected = byRemoval(g, impact.nodeId());
                assertThat(impact.disconnected()).as("seed %d node %s", seed, impact.nodeId())
                        .isEqualTo(expected.disconnected());
                assertThat(impact.disconnectedBySide()).as("seed %d node %s", seed, impact.nodeId())
                        .isEqualTo(expected.bySide());
            }
        }
    }

    @Test
    void ranksEveryArticulationPointOfAHundredThousandNodeTreeQuickly() {
        int n = 100_000;
        var random = new Random(7);
        var net = network();
        for (int i = 1; i < n; i++) {
            net.tie("t" + random.nextInt(i), "t" + i, "KNOWS");
        }
        var g = net.graph();
        var points = CutVertices.find(g).articulationPoints();

        var ranked = assertTimeout(Duration.ofSeconds(10), () -> DepartureImpacts.rank(g, points, 10));

        assertThat(ranked).hasSize(10).isSortedAccordingTo(
                Comparator.comparingInt(DepartureImpact::disconnected).reversed());
        // A tree's centroid splits it into pieces of at most n / 2, so some departure disconnects n / 2 - 1 or more.
        assertThat(ranked.getFirst().disconnected()).isGreaterThanOrEqualTo(n / 2 - 1);
    }

    /** What removal really leaves: every piece but the largest (on a tie, the one holding the smallest id) is lost. */
    private record Expected(int disconnected, Map<String, Integer> bySide) {
    }

    private static Expected byRemoval(TieGraph g, String id) {
        var component = new ConnectivityInspector<>(g.graph()).connectedSetOf(id);
        var after = g.without(Set.of(id));
        var pieces = new ArrayList<>(new ConnectivityInspector<>(after.graph()).connectedSets().stream()
                .filter(component::containsAll).toList());
        pieces.sort(Comparator.<Set<String>>comparingInt(Set::size).reversed()
                .thenComparing(piece -> piece.stream().sorted().findFirst().orElseThrow()));
        int largest = pieces.isEmpty() ? 0 : pieces.getFirst().size();
        var bySide = pieces.stream().skip(1).flatMap(Set::stream)
                .collect(Collectors.groupingBy(n -> sideOf(g, n), Collectors.summingInt(n -> 1)));
        return new Expected(component.size() - 1 - largest, bySide);
    }

    private static String sideOf(TieGraph g, String id) {
        var side = g.node(id).side();
        return side == null ? DepartureImpact.NO_SIDE : side;
    }
}
