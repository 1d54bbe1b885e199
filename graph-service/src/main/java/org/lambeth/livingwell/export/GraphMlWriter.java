package org.lambeth.livingwell.export;

import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes the network as GraphML with JGraphT's exporter, every attribute declared as a {@code <key>} so that Gephi
 * reads it: nodes label, type, kind, half, description; edges label, type (the relationship), kind (WORKS_WITH's),
 * direction, since, until, on, outcome, and weight (the tie's strength; 1.0 where none is recorded, as the analyses
 * read it). The graph is directed (a pseudograph: two elements may share several ties); ties that go both ways say
 * so in {@code direction}.
 */
final class GraphMlWriter {

    private GraphMlWriter() {
    }

    static void write(Network network, Writer out) {
        Graph<String, Network.Connection> graph = new DirectedWeightedPseudograph<>(null, null);
        var elements = new HashMap<String, Network.Element>();
        for (var element : network.elements()) {
            graph.addVertex(element.id());
            elements.put(element.id(), element);
        }
        for (var connection : network.connections()) {
            graph.addEdge(connection.from(), connection.to(), connection);
            graph.setEdgeWeight(connection, connection.strength() == null ? 1.0 : connection.strength());
        }
        var exporter = new GraphMLExporter<String, Network.Connection>(id -> id);
        exporter.setEdgeIdProvider(Network.Connection::id);
        // one key a name: label, type and kind are declared for="all" (nodes and edges), as GraphML allows
        for (var name : new String[] {"label", "type", "kind"}) {
            exporter.registerAttribute(name, AttributeCategory.ALL, AttributeType.STRING);
        }
        for (var name : new String[] {"half", "description"}) {
            exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.STRING);
        }
        for (var name : new String[] {"direction", "since", "until", "on", "outcome"}) {
            exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.setExportEdgeWeights(true);
        exporter.setVertexAttributeProvider(id -> nodeAttributes(elements.get(id)));
        exporter.setEdgeAttributeProvider(GraphMlWriter::edgeAttributes);
        exporter.exportGraph(graph, out);
    }

    private static Map<String, Attribute> nodeAttributes(Network.Element element) {
        var attributes = new LinkedHashMap<String, Attribute>();
        put(attributes, "label", element.label());
        put(attributes, "type", element.type());
        put(attributes, "kind", element.kind());
        put(attributes, "half", element.half());
        put(attributes, "description", element.description());
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(Network.Connection connection) {
        var attributes = new LinkedHashMap<String, Attribute>();
        put(attributes, "label", connection.type());
        put(attributes, "type", connection.relationship());
        put(attributes, "kind", connection.kind());
        put(attributes, "direction", connection.direction());
        put(attributes, "since", connection.since());
        put(attributes, "until", connection.until());
        put(attributes, "on", connection.on());
        put(attributes, "outcome", connection.outcome());
        return attributes;
    }

    private static void put(Map<String, Attribute> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, DefaultAttribute.createAttribute(XmlText.clean(value)));
        }
    }
}
