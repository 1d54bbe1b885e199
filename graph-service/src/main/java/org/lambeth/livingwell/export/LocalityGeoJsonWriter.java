package org.lambeth.livingwell.export;

import java.io.OutputStream;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/**
 * Writes localities as a GeoJSON FeatureCollection: a feature a locality, its geometry the stored boundary (parsed
 * and copied token by token, so the output is JSON even if a stored value were not), properties id, name, kind and
 * parentIds.
 */
final class LocalityGeoJsonWriter implements AutoCloseable {

    private final JsonGenerator json;

    LocalityGeoJsonWriter(OutputStream out) {
        json = Downloads.JSON.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        json.writeArrayPropertyStart("features");
    }

    void write(LocalityRow locality) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeStringProperty("id", locality.id());
        json.writeName("geometry");
        if (locality.boundary() == null) {
            json.writeNull();
        } else {
            try (var geometry = Downloads.JSON.createParser(locality.boundary())) {
                geometry.nextToken();
                json.copyCurrentStructure(geometry);
            }
        }
        json.writeObjectPropertyStart("properties");
        json.writeStringProperty("id", locality.id());
        json.writeStringProperty("name", locality.name());
        json.writeStringProperty("kind", locality.kind());
        json.writeArrayPropertyStart("parentIds");
        for (var parent : locality.parentIds()) {
            json.writeString(parent);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void close() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
