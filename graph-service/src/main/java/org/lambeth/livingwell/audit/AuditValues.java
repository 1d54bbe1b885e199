package org.lambeth.livingwell.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;

/**
 * Turns what a Cypher read returns into the plain values an {@link AuditEvent}'s before and after hold (strings,
 * numbers, booleans, lists and maps): points become {@code {latitude, longitude}}, dates and times ISO-8601 text.
 * Map keys are sorted and null entries left out, so the same fields always give the same JSON.
 */
public final class AuditValues {

    private AuditValues() {
    }

    /** A map of plain values, or null for null. */
    public static Map<String, Object> plain(Map<String, ?> values) {
        return values == null ? null : plainMap(values);
    }

    /** A driver value (a map, as a projection returns it), or null when it is null. */
    public static Map<String, Object> plain(Value value) {
        return value == null || value.isNull() ? null : plain(value.asMap());
    }

    /** One value made plain (see above); null stays null. */
    public static Object value(Object value) {
        return switch (value) {
            case null -> null;
            case Value driverValue -> driverValue.isNull() ? null : value(driverValue.asObject());
            case String text -> text;
            case Number number -> number;
            case Boolean flag -> flag;
            case Map<?, ?> map -> plainMap(map);
            case Collection<?> list -> plainList(list);
            case Point point -> point.srid() == 4326 || point.srid() == 4979
                    ? new TreeMap<>(Map.of("latitude", point.y(), "longitude", point.x()))
                    : new TreeMap<>(Map.of("x", point.x(), "y", point.y()));
            case ZonedDateTime time -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
            case OffsetDateTime time -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
            case LocalDate date -> date.toString();
            case LocalDateTime time -> time.toString();
            case LocalTime time -> time.toString();
            default -> value.toString();
        };
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        var plain = new TreeMap<String, Object>();
        map.forEach((key, item) -> {
            var converted = value(item);
            if (converted != null) {
                plain.put(String.valueOf(key), converted);
            }
        });
        return plain;
    }

    private static List<Object> plainList(Collection<?> list) {
        var plain = new ArrayList<Object>(list.size());
        list.forEach(item -> plain.add(value(item)));
        return plain;
    }
}
