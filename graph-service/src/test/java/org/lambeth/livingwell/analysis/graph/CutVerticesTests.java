package org.lambeth.livingwell.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lambeth.livingwell.analysis.graph.TestNetworks.network;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.junit.jupiter.api.Test;

class CutVerticesTests {

    @Test
    void theNodeJoiningTwoCliquesIsTheOnlyArticulationPoint() {
        var g = network().clique("a", "b", "c", "x").clique("x", "d", "e", "f").graph();

        assertThat(CutVertices.find(g)).isEqualTo(new Connectors(List.of("x"), List.of()));
    }

    @Test
    void everyInnerNodeOfAPathIsAnArticulationPointAndEveryTieABridge() {
        var g = network().path("a", "b", "c", "d").graph();

        var connectors = CutVertices.find(g);

        assertThat(connectors.articulationPoints()).containsExactly("b", "c");
        assertThat(connectors.bridges()).containsExactly(new NodePair("a", "b"), new NodePair("b", "c"),
                new NodePair("c", "d"));
    }

    @Test
    void aCycleHasNoSinglePointOfFailure() {
        var g = network().path("a", "b", "c", "d", "e", "a").graph();

        assertThat(CutVertices.find(g)).isEqualTo(new Connectors(List.of(), List.of()));
    }

    @Test
    void cliquesJoinedByOneTieHaveABridgeBetweenTwoArticulationPoints() {
        var g = network().clique("a", "b", "c").clique("d", "e", "f").tie("c", "d", "ALLIANCE")
                .on("none", "loner").path("p", "q").graph();

        var connectors = CutVertices.find(g);

        assertThat(connectors.articulationPoints()).containsExactly("c", "d");
        assertThat(connectors.bridges()).containsExactly(new NodePair("c", "d"), new NodePair("p", "q"));
    }

    @Test
    void agreesWithJGraphTsBiconnectivityInspectorOnRandomGraphs() {
        for (long seed = 1; seed <= 40; seed++) {
            var g = TestNetworks.random(40, 0.06, seed);
            var inspector = new BiconnectivityInspector<>(g.graph());
            var bridges = new ArrayList<NodePair>();
            inspector.getBridges().forEach(e -> bridges.add(
                    NodePair.of(g.graph().getEdgeSource(e), g.graph().getEdgeTarget(e))));

            var connectors = CutVertices.find(g);

            assertThat(connectors.articulationPoints()).as("seed %d", seed)
                    .containsExactlyElementsOf(inspector.getCutpoints().stream().sorted().toList());
            assertThat(connectors.bridges()).as("seed %d", seed)
                    .containsExactlyElementsOf(bridges.stream().sorted().toList());
        }
    }

    @Test
    void aPathOfTwoHundredThousandNodesDoesNotOverflowTheStack() {
        int n = 200_000;
        var ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = String.format("p%06d", i);
        }
        var g = network().path(ids).graph();

        var connectors = CutVertices.find(g);

        assertThat(connectors.articulationPoints()).hasSize(n - 2).first().isEqualTo("p000001");
        assertThat(connectors.bridges()).hasSize(n - 1).last().isEqualTo(new NodePair("p199998", "p199999"));
    }

    @Test
    void aDeepTreeClosedIntoACycleHasCutPointsOnlyAtItsLeaves() {
        // A cycle of 100,000 nodes, each with one leaf hanging off it: only the cycle nodes are cut points.
        int n = 100_000;
        var net = network();
        var cycle = new String[n + 1];
        for (int i = 0; i < n; i++) {
            cycle[i] = "c" + i;
            net.tie("c" + i, "leaf" + i, "KNOWS");
        }
        cycle[n] = "c0";
        var g = net.path(cycle).graph();

        var connectors = CutVertices.find(g);

        assertThat(connectors.articulationPoints()).hasSize(n).allMatch(id -> id.startsWith("c"));
        assertThat(connectors.bridges()).hasSize(n).allMatch(b -> b.to().startsWith("leaf"));
    }
}
