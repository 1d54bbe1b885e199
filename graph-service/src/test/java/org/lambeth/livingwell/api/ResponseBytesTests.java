package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The response budget's estimate of a value's size in the JSON answer. */
class ResponseBytesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void leavesAreSizedAsTheyAreWritten() {
        assertThat(ResponseBytes.of("Brixton Library")).isEqualTo(JSON.writeValueAsString("Brixton Library").length());
        assertThat(ResponseBytes.of(12_345)).isEqualTo(5);
        assertThat(ResponseBytes.of(-7L)).isEqualTo(2);
        assertThat(ResponseBytes.of(0)).isEqualTo(1);
        assertThat(ResponseBytes.of(Long.MIN_VALUE)).isEqualTo(Long.toString(Long.MIN_VALUE).length());
        assertThat(ResponseBytes.of(true)).isEqualTo(5);
        assertThat(ResponseBytes.of(null)).isEqualTo(4);
    }

    /** A GeoJSON value as the scalar hands it over: maps and lists of coordinates to six places. */
    @Test
    void aGeometryIsSizedWithinAFifthOfItsJson() {
        var random = new Random(19);
        var ring = new ArrayList<List<Double>>();
        for (int i = 0; i < 2_000; i++) {
            ring.add(List.of(Math.round((-0.2 + random.nextDouble() * 0.15) * 1e6) / 1e6,
                    Math.round((51.4 + random.nextDouble() * 0.1) * 1e6) / 1e6));
        }
        var polygon = new LinkedHashMap<String, Object>();
        polygon.put("type", "Polygon");
        polygon.put("coordinates", List.of(ring));
        long json = JSON.writeValueAsString(polygon).length();
        assertThat(ResponseBytes.of(polygon)).isBetween((long) (json * 0.8), (long) (json * 1.2));
        assertThat(ResponseBytes.of(Map.of("list", List.of("a", "b")))).isEqualTo(2 + 4 + 4 + (2 + 4 + 4));
    }
}
