package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import tools.jackson.databind.json.JsonMapper;

class LocalityGeoJsonWriterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[-0.12,51.45],[-0.11,51.45],[-0.11,51.46],[-0.12,51.46],[-0.12,51.45]]]}";

    @Test
    void theStoredBoundaryIsTheGeometryAndTheHierarchyAProperty() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var writer = new LocalityGeoJsonWriter(out)) {
            writer.write(new LocalityRow("E05014098", "Brixton Windrush", "WARD", SQUARE,
                    List.of("half-south", "third-central", "E09000022")));
            writer.write(new LocalityRow("nowhere", "No boundary", "LSOA", null, List.of()));
        }
        var features = JSON.readTree(out.toByteArray()).path("features");
        assertThat(features.size()).isEqualTo(2);
        var ward = features.get(0);
        var polygon = (Polygon) new GeoJsonReader().read(JSON.writeValueAsString(ward.path("geometry")));
        assertThat(polygon.isValid()).isTrue();
        assertThat(polygon.getEnvelopeInternal().getMinX()).isEqualTo(-0.12);
        assertThat(ward.path("id").asString()).isEqualTo("E05014098");
        assertThat(ward.path("properties").path("kind").asString()).isEqualTo("WARD");
        assertThat(ward.path("properties").path("parentIds").size()).isEqualTo(3);
        assertThat(features.get(1).path("geometry").isNull()).isTrue();
    }
}
