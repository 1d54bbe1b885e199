package org.lambeth.livingwell.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.analysis.graph.Tie;
import org.lambeth.livingwell.analysis.graph.TieGraph;
import org.lambeth.livingwell.analysis.graph.TieNode;

class MembersTests {

    private final TieGraph graph = TieGraph.of(
            List.of(new TieNode("p1", "PERSON", "half-north", "Amber Heron"),
                    new TieNode("o1", "ORGANISATION", null, "Certitude")),
            List.of(new Tie("p1", "o1", "MEMBERSHIP", 1.0)));

    @Test
    void peopleAreAnonymousUnlessIndividualsMayBeNamed() {
        var anonymous = new Members(graph, false).of("p1");
        assertThat(anonymous.id()).isNull();
        assertThat(anonymous.name()).isNull();
        assertThat(anonymous.kind()).isEqualTo("PERSON");
        assertThat(anonymous.side()).isEqualTo("half-north");
        var named = new Members(graph, true).of("p1");
        assertThat(named.id()).isEqualTo("p1");
        assertThat(named.name()).isEqualTo("Amber Heron");
    }

    @Test
    void organisationsAreAlwaysNamed() {
        assertThat(new Members(graph, false).of("o1").name()).isEqualTo("Certitude");
    }
}
