package org.lambeth.livingwell.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON feature: its properties and its geometry (checked valid by JTS).
 *
 * @param properties the feature's properties, JSON values as Java values
 * @param geometry the geometry, WGS-84
 */
public record GeoJsonFeature(Map<String, Object> properties, Geometry geometry) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads every feature of a FeatureCollection; a bad geometry is reported with the feature's index. */
    public static List<GeoJsonFeature> readCollection(InputStream in, String sourceName) {
        return readCollection(in, sourceName, false);
    }

    /**
     * Reads every feature of a FeatureCollection.
     *
     * @param repair true for trusted sources: invalid geometries are repaired (JTS GeometryFixer) instead of refused
     */
    public static List<GeoJsonFeature> readCollection(InputStream in, String sourceName, boolean repair) {
        try (in) {
            JsonNode root = JSON.readTree(in);
            var features = new ArrayList<GeoJsonFeature>();
            int index = 0;
            for (JsonNode feature : root.path("features")) {
                features.add(read(feature, sourceName, index++, repair));
            }
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + sourceName, e);
        }
    }

    private static GeoJsonFeature read(JsonNode feature, String sourceName, int index, boolean repair) {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = JSON.convertValue(feature.path("properties"), LinkedHashMap.class);
        try {
            return new GeoJsonFeature(properties == null ? Map.of() : properties,
                    repair ? Geometries.readRepairing(feature.path("geometry").toString())
                            : Geometries.read(feature.path("geometry").toString()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sourceName + " feature " + index + ": " + e.getMessage(), e);
        }
    }

    public String string(String key) {
        var value = properties.get(key);
        return value == null ? null : value.toString();
    }
}
