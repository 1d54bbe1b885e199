package org.lambeth.livingwell.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lambeth.livingwell.analysis.graph.TestNetworks.network;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TieGraphTests {

    @Test
    void parallelTiesMergeIntoOneEdgeWhoseWeightIsTheSumAndWhichKeepsEveryKind() {
        var g = network().on("north", "ana", "ben")
                .tie("ana", "ben", "KNOWS", 1.0)
                .tie("ben", "ana", "COLLABORATION", 2.5)
                .tie("ana", "ben", "KNOWS", 0.5)
                .graph();

        assertThat(g.tieCount()).isEqualTo(1);
        var edge = g.graph().getEdge("ben", "ana");
        assertThat(g.graph().getEdgeWeight(edge)).isEqualTo(4.0);
        assertThat(g.kindsBetween("ben", "ana")).containsExactly("COLLABORATION", "KNOWS");
        assertThat(g.kindsBetween("ana", "nobody")).isEmpty();
    }

    @Test
    void tiesToUnknownNodesAndSelfLoopsAreIgnored() {
        var nodes = List.of(new TieNode("ana", "PERSON", "north", "A"), new TieNode("hub", "ORGANISATION", null, "Hub"));
        var ties = List.of(new Tie("ana", "hub", "MEMBERSHIP"), new Tie("ana", "ghost", "KNOWS"),
                new Tie("ghost", "hub", "RUNS"), new Tie("hub", "hub", "COORDINATION"));

        var g = TieGraph.of(nodes, ties);

        assertThat(g.nodeCount()).isEqualTo(2);
        assertThat(g.tieCount()).isEqualTo(1);
        assertThat(g.node("ghost")).isNull();
        assertThat(g.node("hub").kind()).isEqualTo("ORGANISATION");
        assertThat(g.kindsBetween("hub", "hub")).isEmpty();
    }

    @Test
    void withoutRemovesTheNodesAndTheirTiesAndLeavesTheOriginalAlone() {
        var g = network().on("north", "a", "b").on("south", "c").path("a", "b", "c").tie("a", "c", "ALLIANCE", 2)
                .graph();

        var after = g.without(Set.of("b", "not-a-node"));

        assertThat(after.nodeCount()).isEqualTo(2);
        assertThat(after.tieCount()).isEqualTo(1);
        assertThat(after.graph().getEdgeWeight(after.graph().getEdge("a", "c"))).isEqualTo(2.0);
        assertThat(after.kindsBetween("a", "c")).containsExactly("ALLIANCE");
        assertThat(after.node("b")).isNull();
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.tieCount()).isEqualTo(3);
    }

    @Test
    void nodesOnASideAreSortedAndTheGraphIsReadOnly() {
        var g = network().on("north", "zoe", "amy").on("south", "kim").on(null, "org").graph();

        assertThat(g.nodesOnSide("north")).containsExactly("amy", "zoe");
        assertThat(g.nodesOnSide(null)).containsExactly("org");
        assertThat(g.nodesOnSide("east")).isEmpty();
        assertThatThrownBy(() -> g.graph().addVertex("intruder")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTieMustHaveAPositiveStrength() {
        assertThat(new Tie("a", "b", "KNOWS").strength()).isEqualTo(1.0);
        assertThatThrownBy(() -> new Tie("a", "b", "KNOWS", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tie("a", "b", "KNOWS", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
