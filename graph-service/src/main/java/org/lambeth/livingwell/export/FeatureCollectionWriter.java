package org.lambeth.livingwell.export;

import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/**
 * What the GeoJSON exports share: a FeatureCollection (RFC 7946) streamed through Jackson's generator, opened on
 * construction and ended by {@link #close()}; subclasses write each feature's body after {@link #startFeature}.
 */
abstract class FeatureCollectionWriter implements AutoCloseable {

    final JsonGenerator json;

    FeatureCollectionWriter(OutputStream out) {
        json = Downloads.JSON.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        json.writeArrayPropertyStart("features");
    }

    /** Opens a feature object and writes its type and id; the caller writes the rest and ends the object. */
    final void startFeature(String id) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeStringProperty("id", id);
    }

    /** A property holding an array of strings. */
    final void strings(String property, List<String> items) {
        json.writeArrayPropertyStart(property);
        for (var item : items) {
            json.writeString(item);
        }
        json.writeEndArray();
    }

    /** Ends the collection and flushes; the stream itself stays open (it belongs to the response). */
    @Override
    public final void close() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
