package org.lambeth.livingwell.export;

import java.io.OutputStream;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the network as a Kumu blueprint: {@code {"elements": [...], "connections": [...]}}. Elements carry an id
 * (connections refer to it in from/to, as Kumu asks when labels may repeat), label, type, and further fields as
 * attributes (kind, half, description, website; an asset's categories as tags); connections carry type, direction
 * and their dates, strength and outcome. Connections get no id: Kumu wants ids unique across elements and
 * connections, and nothing refers to a connection.
 */
final class KumuWriter {

    private KumuWriter() {
    }

    static void write(Network network, OutputStream out) {
        try (JsonGenerator json = Downloads.JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayPropertyStart("elements");
            for (var element : network.elements()) {
                json.writeStartObject();
                json.writeStringProperty("id", element.id());
                json.writeStringProperty("label", element.label());
                json.writeStringProperty("type", element.type());
                optional(json, "kind", element.kind());
                optional(json, "half", element.half());
                optional(json, "description", element.description());
                optional(json, "website", element.website());
                if (!element.categories().isEmpty()) {
                    json.writeArrayPropertyStart("tags");
                    element.categories().forEach(json::writeString);
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("connections");
            for (var connection : network.connections()) {
                json.writeStartObject();
                json.writeStringProperty("from", connection.from());
                json.writeStringProperty("to", connection.to());
                json.writeStringProperty("type", connection.type());
                json.writeStringProperty("direction", connection.direction());
                json.writeStringProperty("relationship", connection.relationship());
                if (connection.strength() != null) {
                    json.writeNumberProperty("strength", connection.strength());
                }
                optional(json, "since", connection.since());
                optional(json, "until", connection.until());
                optional(json, "on", connection.on());
                optional(json, "outcome", connection.outcome());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void optional(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }
}
