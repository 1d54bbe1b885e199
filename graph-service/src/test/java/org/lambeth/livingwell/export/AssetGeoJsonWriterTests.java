package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import tools.jackson.databind.json.JsonMapper;

class AssetGeoJsonWriterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void eachAssetIsAPointFeatureWithLongitudeFirst() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var writer = new AssetGeoJsonWriter(out)) {
            writer.write(ExportRows.asset("a1", "Brixton Library", 51.4613, -0.1156));
            writer.write(ExportRows.bare("a2", "=cmd|' /C calc'!A0"));
        }
        var collection = JSON.readTree(out.toByteArray());
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        var features = collection.path("features");
        assertThat(features.size()).isEqualTo(2);
        var first = features.get(0);
        assertThat(first.path("type").asString()).isEqualTo("Feature");
        var point = (Point) new GeoJsonReader().read(JSON.writeValueAsString(first.path("geometry")));
        assertThat(point.getX()).isEqualTo(-0.1156);
        assertThat(point.getY()).isEqualTo(51.4613);
        var properties = first.path("properties");
        assertThat(properties.path("id").asString()).isEqualTo("a1");
        assertThat(properties.path("description").asString()).contains("\"quotes\"").contains("\n");
        assertThat(properties.path("categories").get(1).path("name").asString()).isEqualTo("Cafe");
        assertThat(properties.path("runBy").get(0).path("id").asString()).isEqualTo("org-lambeth-council");
        assertThat(properties.path("accessibility").get(0).asString()).isEqualTo("STEP_FREE");
        assertThat(properties.path("localityIds").size()).isEqualTo(2);
        assertThat(properties.path("free").asBoolean()).isTrue();
        assertThat(properties.path("updatedAt").asString()).isEqualTo("2026-01-02T03:04:05Z");
        var second = features.get(1).path("properties");
        assertThat(second.path("name").asString()).as("JSON needs no formula guard").startsWith("=cmd");
        assertThat(second.path("free").isNull()).isTrue();
        assertThat(second.path("visibility").asString()).isEqualTo("NETWORK");
    }

    @Test
    void anEmptyExportIsAnEmptyCollection() {
        var out = new ByteArrayOutputStream();
        new AssetGeoJsonWriter(out).close();
        assertThat(JSON.readTree(out.toByteArray()).path("features").isArray()).isTrue();
        assertThat(JSON.readTree(out.toByteArray()).path("features").size()).isZero();
    }

    /** The rows reach the output as they are written: most of the file is out before the last row is read. */
    @Test
    void featuresStreamOutAsRowsArrive() {
        var sent = new CountingStream();
        var seenWhileWriting = new ArrayList<Long>();
        try (var writer = new AssetGeoJsonWriter(sent)) {
            for (int i = 0; i < 20_000; i++) {
                writer.write(ExportRows.asset("asset-" + i, "Asset " + i, 51.4, -0.1));
                seenWhileWriting.add(sent.bytes);
            }
        }
        assertThat(seenWhileWriting.getLast()).isGreaterThan(sent.bytes * 99 / 100);
        assertThat(seenWhileWriting.get(100)).isLessThan(sent.bytes / 100);
    }

    static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
