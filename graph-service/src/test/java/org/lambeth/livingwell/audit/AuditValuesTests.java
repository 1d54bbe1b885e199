package org.lambeth.livingwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

import tools.jackson.databind.json.JsonMapper;

class AuditValuesTests {

    @Test
    void pointsDatesAndNestedValuesBecomePlainJsonWithSortedKeysAndNoNulls() {
        var values = new HashMap<String, Object>();
        values.put("name", "Library");
        values.put("location", Values.point(4326, -0.1156, 51.4613).asPoint());
        values.put("takenOn", LocalDate.of(2026, 11, 26));
        values.put("at", OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.UTC).atZoneSameInstant(
                ZoneOffset.UTC));
        values.put("missing", null);
        values.put("ids", Arrays.asList("b", null, "a"));
        values.put("nested", Values.value(Map.of("free", true, "count", 3L)));
        var plain = AuditValues.plain(values);
        assertThat(plain).containsOnlyKeys("at", "ids", "location", "name", "nested", "takenOn");
        assertThat(JsonMapper.builder().build().writeValueAsString(plain)).isEqualTo("""
                {"at":"2026-11-26T10:00:00Z","ids":["b",null,"a"],\
                "location":{"latitude":51.4613,"longitude":-0.1156},"name":"Library",\
                "nested":{"count":3,"free":true},"takenOn":"2026-11-26"}""");
    }

    @Test
    void nullStaysNull() {
        assertThat(AuditValues.plain((Map<String, Object>) null)).isNull();
        assertThat(AuditValues.plain(Values.NULL)).isNull();
        assertThat(AuditValues.value(List.of())).isEqualTo(List.of());
    }
}
