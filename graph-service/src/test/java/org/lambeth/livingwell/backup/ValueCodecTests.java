package org.lambeth.livingwell.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import tools.jackson.databind.json.JsonMapper;

/** Every Neo4j property type survives the backup's JSON exactly, as values and in lists. */
class ValueCodecTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One value of every type the Driver reads, with the awkward cases of each. */
    static Map<String, Object> everyType() {
        var values = new LinkedHashMap<String, Object>();
        values.put("string", "Brixton \"Library\"\n\u00e9\u2028\ud83d\ude00");
        values.put("emptyString", "");
        values.put("long", Long.MAX_VALUE);
        values.put("longMin", Long.MIN_VALUE);
        values.put("zero", 0L);
        values.put("double", 0.1 + 0.2);
        values.put("doubleWhole", 1.0);
        values.put("doubleTiny", Double.MIN_VALUE);
        values.put("doubleHuge", -Double.MAX_VALUE);
        values.put("negativeZero", -0.0);
        values.put("nan", Double.NaN);
        values.put("infinity", Double.POSITIVE_INFINITY);
        values.put("minusInfinity", Double.NEGATIVE_INFINITY);
        values.put("true", true);
        values.put("false", false);
        values.put("bytes", new byte[] {-128, -1, 0, 1, 127});
        values.put("emptyBytes", new byte[0]);
        values.put("wgs84", Values.point(4326, -0.1149, 51.4613).asPoint());
        values.put("wgs84_3d", Values.point(4979, -0.1149, 51.4613, 21.5).asPoint());
        values.put("cartesian", Values.point(7203, 1.5, -2.25).asPoint());
        values.put("cartesian3d", Values.point(9157, 1.5, -2.25, 1e-300).asPoint());
        values.put("date", LocalDate.of(2014, 12, 11));
        values.put("dateFar", LocalDate.of(-999_999_999, 1, 1));
        values.put("localTime", LocalTime.of(23, 59, 59, 999_999_999));
        values.put("localTimeMidnight", LocalTime.MIDNIGHT);
        values.put("time", OffsetTime.parse("10:15:30.000000001+05:45"));
        values.put("localDateTime", LocalDateTime.parse("2024-02-29T00:00:00.5"));
        values.put("dateTimeZone", ZonedDateTime.parse("2024-10-27T01:30:00.123+01:00[Europe/London]"));
        values.put("dateTimeZoneLaterOffset", ZonedDateTime.parse("2024-10-27T01:30:00.123Z[Europe/London]"));
        values.put("dateTimeOffset", ZonedDateTime.parse("2024-06-01T12:00-03:30"));
        values.put("dateTimeUtc", ZonedDateTime.parse("2024-06-01T12:00Z"));
        values.put("dateTimeUtcZone", ZonedDateTime.parse("2024-06-01T12:00Z[UTC]"));
        values.put("duration", Values.isoDuration(-14, 400, -3, 999_999_999).asIsoDuration());
        values.put("durationZero", Values.isoDuration(0, 0, 0, 0).asIsoDuration());
        values.put("strings", List.of("a", "", "c"));
        values.put("longs", List.of(1L, -2L, Long.MAX_VALUE));
        values.put("doubles", List.of(1.0, Double.NaN, -0.0, 2.5e-10));
        values.put("booleans", List.of(true, false));
        values.put("points", List.of(Values.point(4326, 1, 2).asPoint(), Values.point(4326, 3, 4).asPoint()));
        values.put("dates", List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 2, 2)));
        values.put("localTimes", List.of(LocalTime.NOON));
        values.put("times", List.of(OffsetTime.parse("10:00Z")));
        values.put("localDateTimes", List.of(LocalDateTime.parse("2020-01-01T01:02:03")));
        values.put("dateTimes", List.of(ZonedDateTime.parse("2024-06-01T12:00+01:00[Europe/London]"),
                ZonedDateTime.parse("2024-06-01T12:00+01:00")));
        values.put("durations", List.of(Values.isoDuration(1, 2, 3, 4).asIsoDuration()));
        values.put("empty", List.of());
        return values;
    }

    private static String encode(Map<String, Object> properties) {
        var out = new ByteArrayOutputStream();
        try (var json = JSON.createGenerator(out)) {
            ValueCodec.writeProperties(json, properties);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> decode(String text) {
        return ValueCodec.readProperties(JSON.readTree(text));
    }

    @Test
    void everyTypeRoundTripsExactly() {
        var values = everyType();
        var decoded = decode(encode(values));
        assertThat(decoded.keySet()).containsExactlyInAnyOrderElementsOf(values.keySet());
        for (var entry : values.entrySet()) {
            var back = decoded.get(entry.getKey());
            assertThat(Objects.deepEquals(back, entry.getValue())).as(entry.getKey() + ": " + back).isTrue();
            assertThat(back.getClass().isArray() || back instanceof List<?> || back.getClass()
                    .isAssignableFrom(entry.getValue().getClass()) || entry.getValue().getClass()
                    .isAssignableFrom(back.getClass())).as(entry.getKey() + " type").isTrue();
        }
        // the second encoding is the first: nothing drifts on a second backup
        assertThat(encode(decoded)).isEqualTo(encode(values));
    }

    @Test
    void typesThatLookAlikeStayApart() {
        var decoded = decode(encode(Map.of("long", 1L, "double", 1.0, "zone",
                ZonedDateTime.parse("2024-06-01T12:00+01:00[Europe/London]"), "offset",
                ZonedDateTime.parse("2024-06-01T12:00+01:00"))));
        assertThat(decoded.get("long")).isEqualTo(1L);
        assertThat(decoded.get("double")).isEqualTo(1.0);
        assertThat(((ZonedDateTime) decoded.get("zone")).getZone().getId()).isEqualTo("Europe/London");
        assertThat(((ZonedDateTime) decoded.get("offset")).getZone().getId()).isEqualTo("+01:00");
    }

    @Test
    void anOffsetDateTimeIsWrittenAsADateTimeWithThatOffset() {
        var decoded = decode(encode(Map.of("at", OffsetDateTime.parse("2024-06-01T12:00:00.5+02:00"))));
        assertThat(decoded.get("at")).isEqualTo(ZonedDateTime.parse("2024-06-01T12:00:00.5+02:00"));
    }

    @Test
    void theEncodingIsTheDocumentedOne() {
        assertThat(encode(Map.of("b", 1L, "a", "x"))).isEqualTo("{\"a\":\"x\",\"b\":1}");
        assertThat(encode(Map.of("d", 1.0))).isEqualTo("{\"d\":1.0}");
        assertThat(encode(Map.of("p", Values.point(4326, -0.1, 51.4).asPoint())))
                .isEqualTo("{\"p\":{\"point\":[4326,-0.1,51.4]}}");
        assertThat(encode(Map.of("t", ZonedDateTime.parse("2024-06-01T12:00+01:00[Europe/London]"))))
                .isEqualTo("{\"t\":{\"datetime\":\"2024-06-01T12:00+01:00[Europe/London]\"}}");
        assertThat(encode(Map.of("n", Double.NaN))).isEqualTo("{\"n\":{\"double\":\"NaN\"}}");
    }

    @Test
    void badValuesAreReportedByKeyWithoutTheirContent() {
        assertThatThrownBy(() -> decode("{\"email\":{\"date\":\"someone@example.org\"}}"))
                .hasMessage("property 'email': not a valid date");
        assertThatThrownBy(() -> decode("{\"x\":{\"colour\":\"red\"}}"))
                .hasMessage("property 'x': unknown value type 'colour'");
        assertThatThrownBy(() -> decode("{\"x\":null}")).hasMessageContaining("property 'x'");
        assertThatThrownBy(() -> decode("{\"x\":[[1]]}")).hasMessageContaining("list of lists");
        assertThatThrownBy(() -> decode("{\"x\":123456789012345678901234567890}")).hasMessageContaining("64-bit");
        assertThatThrownBy(() -> decode("{\"__restoreKey\":1}")).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> decode("{\"x\":{\"bytes\":\"not base64!\"}}"))
                .hasMessage("property 'x': not a valid bytes");
    }
}
