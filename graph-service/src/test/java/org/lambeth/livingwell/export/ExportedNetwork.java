package org.lambeth.livingwell.export;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import tools.jackson.databind.json.JsonMapper;

/**
 * A downloaded network export as a partner's tool reads it, everything in the order the file lists it: elements
 * (Kumu's elements, GraphML's nodes) and ties (connections, edges), each with all its attributes as text.
 */
record ExportedNetwork(String name, List<Item> elements, List<Tie> ties) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An element; {@code attributes} holds its id, label, type and whatever else the file gives it. */
    record Item(String id, Map<String, String> attributes) {
    }

    /** A tie; {@code attributes} holds "relationship" (KNOWS, INTRODUCED, ...) whichever the format. */
    record Tie(String from, String to, Map<String, String> attributes) {

        String relationship() {
            return attributes.get("relationship");
        }

        boolean touchesPerson() {
            return from.startsWith("person:") || to.startsWith("person:");
        }
    }

    List<Item> people() {
        return elements.stream().filter(element -> "Person".equals(element.attributes().get("type"))).toList();
    }

    static ExportedNetwork kumu(String name, String body) {
        var blueprint = JSON.readTree(body);
        var elements = new ArrayList<Item>();
        for (var element : blueprint.path("elements")) {
            var attributes = new LinkedHashMap<String, String>();
            element.properties().forEach(property -> attributes.put(property.getKey(),
                    property.getValue().isArray() ? property.getValue().toString() : property.getValue().asString()));
            elements.add(new Item(element.path("id").asString(), attributes));
        }
        var ties = new ArrayList<Tie>();
        for (var connection : blueprint.path("connections")) {
            var attributes = new LinkedHashMap<String, String>();
            connection.properties().forEach(property -> attributes.put(property.getKey(),
                    property.getValue().asString()));
            ties.add(new Tie(connection.path("from").asString(), connection.path("to").asString(), attributes));
        }
        return new ExportedNetwork(name, elements, ties);
    }

    static ExportedNetwork graphMl(String name, String body) throws XMLStreamException {
        var xml = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(body));
        var keys = new HashMap<String, String>();
        var elements = new ArrayList<Item>();
        var ties = new ArrayList<Tie>();
        Map<String, String> attributes = null;
        String key = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "key" -> keys.put(xml.getAttributeValue(null, "id"), xml.getAttributeValue(null, "attr.name"));
                    case "node" -> {
                        attributes = new LinkedHashMap<>();
                        attributes.put("id", xml.getAttributeValue(null, "id"));
                        elements.add(new Item(xml.getAttributeValue(null, "id"), attributes));
                    }
                    case "edge" -> {
                        attributes = new LinkedHashMap<>();
                        attributes.put("id", xml.getAttributeValue(null, "id"));
                        ties.add(new Tie(xml.getAttributeValue(null, "source"), xml.getAttributeValue(null, "target"),
                                attributes));
                    }
                    case "data" -> key = keys.get(xml.getAttributeValue(null, "key"));
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && key != null && attributes != null) {
                attributes.merge(key, xml.getText(), String::concat);
            } else if (event == XMLStreamConstants.END_ELEMENT && "data".equals(xml.getLocalName())) {
                key = null;
            }
        }
        // GraphML's type is the relationship (Kumu's type is its readable name, the relationship a field of its own)
        for (var tie : ties) {
            tie.attributes().put("relationship", tie.attributes().get("type"));
        }
        return new ExportedNetwork(name, elements, ties);
    }
}
