package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

class GraphMlWriterTests {

    @Test
    void gephiReadsEveryNodeEdgeAndDeclaredAttribute() {
        var out = new StringWriter();
        GraphMlWriter.write(ExportRows.network(), out);
        var xml = out.toString();
        for (var key : new String[] {"label", "type", "kind"}) {
            assertThat(xml).contains("for=\"all\" attr.name=\"" + key + "\" attr.type=\"string\"");
        }
        assertThat(xml).contains("for=\"node\" attr.name=\"half\" attr.type=\"string\"");
        assertThat(xml).contains("for=\"edge\" attr.name=\"direction\" attr.type=\"string\"");
        assertThat(xml).contains("for=\"edge\" attr.name=\"weight\" attr.type=\"double\"");
        assertThat(xml).doesNotContain("\u0001");

        var graph = new DirectedWeightedPseudograph<String, DefaultWeightedEdge>(null, DefaultWeightedEdge::new);
        var importer = new GraphMLImporter<String, DefaultWeightedEdge>();
        importer.setVertexFactory(id -> id);
        var nodes = new HashMap<String, Map<String, Attribute>>();
        importer.addVertexAttributeConsumer((node, attribute) -> nodes
                .computeIfAbsent(node.getFirst(), id -> new HashMap<>()).put(node.getSecond(), attribute));
        var edges = new HashMap<DefaultWeightedEdge, Map<String, Attribute>>();
        importer.addEdgeAttributeConsumer((edge, attribute) -> edges
                .computeIfAbsent(edge.getFirst(), e -> new HashMap<>()).put(edge.getSecond(), attribute));
        importer.importGraph(graph, new StringReader(xml));

        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("organisation:org-a", "organisation:org-b",
                "asset:lib", "person:1", "person:2");
        assertThat(graph.edgeSet()).hasSize(6);
        assertThat(graph.getAllEdges("organisation:org-a", "organisation:org-b")).hasSize(2);
        assertThat(nodes.get("organisation:org-b").get("label").getValue()).isEqualTo("Org B");
        assertThat(nodes.get("person:2").get("half").getValue()).isEqualTo("North Lambeth");
        assertThat(nodes.get("asset:lib").get("type").getValue()).isEqualTo("Asset");
        var kinds = edges.values().stream().map(a -> a.get("kind") == null ? "-" : a.get("kind").getValue()).sorted()
                .toList();
        assertThat(kinds).containsExactly("-", "-", "-", "-", "COLLABORATION", "CONTRACT");
        var weights = graph.edgeSet().stream().map(graph::getEdgeWeight).sorted().toList();
        assertThat(weights).containsExactly(0.4, 0.7, 1.0, 1.0, 1.0, 1.0);
    }

    /** The export's shuffle of people and their ties holds only if the file keeps the network's order. */
    @Test
    void nodesAndEdgesAreWrittenInTheNetworksOrder() {
        var rows = ExportRows.network();
        var network = new Network(rows.elements(), rows.connections().reversed());
        var out = new StringWriter();
        GraphMlWriter.write(network, out);
        var nodes = new ArrayList<String>();
        var edges = new ArrayList<String>();
        var matcher = Pattern.compile("<(node|edge) id=\"([^\"]+)\"").matcher(out.toString());
        while (matcher.find()) {
            (matcher.group(1).equals("node") ? nodes : edges).add(matcher.group(2));
        }
        assertThat(nodes).containsExactlyElementsOf(network.elements().stream().map(Network.Element::id).toList());
        assertThat(edges).containsExactlyElementsOf(network.connections().stream().map(Network.Connection::id)
                .toList());
        assertThat(nodes.subList(3, 5)).as("not sorted by id").containsExactly("person:2", "person:1");
        assertThat(edges.getFirst()).as("not sorted by id").isEqualTo("c6");
    }
}
