package org.lambeth.livingwell.export;

import java.io.OutputStream;

/**
 * Writes localities as a GeoJSON FeatureCollection: a feature a locality, its geometry the stored boundary (parsed
 * and copied token by token, so the output is JSON even if a stored value were not), properties id, name, kind and
 * parentIds.
 */
final class LocalityGeoJsonWriter extends FeatureCollectionWriter {

    LocalityGeoJsonWriter(OutputStream out) {
        super(out);
    }

    void write(LocalityRow locality) {
        startFeature(locality.id());
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
        strings("parentIds", locality.parentIds());
        json.writeEndObject();
        json.writeEndObject();
    }
}
