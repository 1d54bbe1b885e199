package org.lambeth.livingwell.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lambeth.livingwell.geo.Geometries;
import org.locationtech.jts.geom.Point;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads assets from a GeoJSON FeatureCollection (RFC 7946, UTF-8), one feature at a time with Jackson's streaming
 * parser; each geometry is read (and checked) by JTS's GeoJSON reader. Properties are named as CSV columns
 * ({@link ImportFields}); the feature's own {@code id} is used when the properties have none. A feature without a
 * geometry may still be placed by its postcode. Features are numbered from 1.
 */
final class GeoJsonRows {

    /** Reads one feature at a time from the open stream: more tokens after a feature are the next features. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private GeoJsonRows() {
    }

    static ReadResult read(InputStream in) {
        var rows = new ArrayList<RawRow>();
        var ignored = new LinkedHashSet<String>();
        var collection = false;
        try (var parser = JSON.createParser(Utf8Input.reader(in))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportFileException(ImportProblem.ofFile(
                        "not a GeoJSON FeatureCollection: the file does not start with a JSON object"));
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = parser.currentName();
                var token = parser.nextToken();
                if (name.equals("type")) {
                    collection = token == JsonToken.VALUE_STRING && parser.getString().equals("FeatureCollection");
                    if (!collection) {
                        throw new ImportFileException(new ImportProblem(0, "type", parser.getString(),
                                "not a GeoJSON FeatureCollection"));
                    }
                } else if (name.equals("features") && token == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        rows.add(feature(JSON.readTree(parser), rows.size() + 1L, ignored));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!collection) {
                throw new ImportFileException(ImportProblem.ofFile(
                        "not a GeoJSON FeatureCollection: no \"type\": \"FeatureCollection\""));
            }
            return new ReadResult(rows, ignored);
        } catch (JacksonException e) {
            throw JsonProblems.unreadable(e, rows.size() + 1L);
        }
    }

    private static RawRow feature(JsonNode feature, long row, Set<String> ignored) {
        var values = new HashMap<String, String>();
        var problems = new ArrayList<ImportProblem>(0);
        if (!"Feature".equals(feature.path("type").asString(""))) {
            problems.add(new ImportProblem(row, "type", feature.path("type").asString(null),
                    "not a GeoJSON Feature"));
        }
        for (var property : feature.path("properties").properties()) {
            var field = ImportFields.canonical(property.getKey());
            if (field == null) {
                ignored.add(property.getKey());
                continue;
            }
            var text = text(property.getValue());
            if (text == null && !property.getValue().isNull()) {
                problems.add(new ImportProblem(row, property.getKey(), property.getValue().toString(),
                        "expected text, a number, true/false or a list of those"));
            } else if (text != null) {
                values.put(field, text);
            }
        }
        if (!values.containsKey(ImportFields.ID) && feature.hasNonNull("id")) {
            values.put(ImportFields.ID, feature.get("id").asString());
        }
        geometry(feature.path("geometry"), row, values, problems);
        return new RawRow(row, values, problems);
    }

    private static void geometry(JsonNode geometry, long row, HashMap<String, String> values,
            List<ImportProblem> problems) {
        if (geometry.isMissingNode() || geometry.isNull()) {
            return; // placed by its postcode, or refused by the checks for having no location
        }
        var type = geometry.path("type").asString("");
        try {
            var read = Geometries.read(geometry.toString());
            if (read instanceof Point point) {
                values.put(ImportFields.LONGITUDE, Double.toString(point.getX()));
                values.put(ImportFields.LATITUDE, Double.toString(point.getY()));
            } else {
                problems.add(new ImportProblem(row, "geometry", type,
                        "only Point geometries are imported (an asset is a place), found " + type));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(row, "geometry", type, e.getMessage()));
        }
    }

    /** A property's value as text: lists joined with ';'; null for an object, or a list holding one. */
    private static String text(JsonNode value) {
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        if (value.isArray()) {
            var parts = new ArrayList<String>();
            for (var element : value) {
                if (!(element.isString() || element.isNumber() || element.isBoolean())) {
                    return null;
                }
                parts.add(element.asString());
            }
            return String.join(";", parts);
        }
        return null;
    }
}
