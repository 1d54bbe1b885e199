package org.lambeth.livingwell.backup;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Neo4j property values to JSON and back, exactly (see {@link BackupFormat} for the encoding). Values are those the
 * Neo4j driver reads: String, Long, Double, Boolean, byte[], Point, LocalDate, LocalTime, OffsetTime, LocalDateTime,
 * ZonedDateTime (OffsetDateTime is written as one), IsoDuration, and lists of these. Error messages name the property
 * and the problem, never the value (it may be personal data).
 */
final class ValueCodec {

    private ValueCodec() {
    }

    /** A node's labels (sorted) and properties, as the fields "labels" and "properties" of the open object. */
    static void writeLabelsAndProperties(JsonGenerator json, List<String> labels, Map<String, Object> properties) {
        json.writeName("labels");
        json.writeStartArray();
        for (String label : labels.stream().sorted().toList()) {
            json.writeString(label);
        }
        json.writeEndArray();
        json.writeName("properties");
        writeProperties(json, properties);
    }

    /** A property map as a JSON object, keys sorted. */
    static void writeProperties(JsonGenerator json, Map<String, Object> properties) {
        json.writeStartObject();
        for (var entry : new TreeMap<>(properties).entrySet()) {
            json.writeName(entry.getKey());
            write(json, entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    static void write(JsonGenerator json, String key, Object value) {
        switch (value) {
            case String s -> json.writeString(s);
            case Long l -> json.writeNumber(l);
            case Integer i -> json.writeNumber((long) i);
            case Double d -> writeDouble(json, d);
            case Boolean b -> json.writeBoolean(b);
            case byte[] bytes -> tagged(json, "bytes", Base64.getEncoder().encodeToString(bytes));
            case Point p -> writePoint(json, p);
            case LocalDate d -> tagged(json, "date", d.toString());
            case LocalTime t -> tagged(json, "localtime", t.toString());
            case OffsetTime t -> tagged(json, "time", t.toString());
            case LocalDateTime t -> tagged(json, "localdatetime", t.toString());
            case ZonedDateTime t -> tagged(json, "datetime", t.toString());
            case OffsetDateTime t -> tagged(json, "datetime", t.toZonedDateTime().toString());
            case IsoDuration d -> {
                json.writeStartObject();
                json.writeName("duration");
                json.writeStartArray();
                json.writeNumber(d.months());
                json.writeNumber(d.days());
                json.writeNumber(d.seconds());
                json.writeNumber((long) d.nanoseconds());
                json.writeEndArray();
                json.writeEndObject();
            }
            case List<?> list -> {
                json.writeStartArray();
                for (Object element : list) {
                    if (element instanceof List<?>) {
                        throw new IllegalArgumentException("property '" + key + "': a list of lists is not a Neo4j "
                                + "property value");
                    }
                    write(json, key, element);
                }
                json.writeEndArray();
            }
            case null -> throw new IllegalArgumentException("property '" + key + "': null is not a property value");
            default -> throw new IllegalArgumentException("property '" + key + "': unsupported type "
                    + value.getClass().getName());
        }
    }

    private static void writeDouble(JsonGenerator json, double d) {
        if (Double.isFinite(d)) {
            json.writeNumber(d);
        } else {
            tagged(json, "double", Double.toString(d));
        }
    }

    private static void writePoint(JsonGenerator json, Point point) {
        json.writeStartObject();
        json.writeName("point");
        json.writeStartArray();
        json.writeNumber((long) point.srid());
        writeDouble(json, point.x());
        writeDouble(json, point.y());
        if (!Double.isNaN(point.z())) {
            writeDouble(json, point.z());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void tagged(JsonGenerator json, String tag, String text) {
        json.writeStartObject();
        json.writeName(tag);
        json.writeString(text);
        json.writeEndObject();
    }

    /** A JSON object of properties back as Java values; throws {@link IllegalArgumentException} naming the key. */
    static Map<String, Object> readProperties(JsonNode object) {
        if (object == null || !object.isObject()) {
            throw new IllegalArgumentException("\"properties\" is missing or not an object");
        }
        var properties = new TreeMap<String, Object>();
        for (var entry : object.properties()) {
            if (entry.getKey().isEmpty() || entry.getKey().equals(BackupFormat.RESTORE_KEY)) {
                throw new IllegalArgumentException("property key '" + entry.getKey() + "' is not allowed");
            }
            properties.put(entry.getKey(), read(entry.getKey(), entry.getValue()));
        }
        return properties;
    }

    static Object read(String key, JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new IllegalArgumentException("property '" + key + "': integer out of the 64-bit range");
            }
            return node.longValue();
        }
        if (node.isFloatingPointNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            var list = new ArrayList<>(node.size());
            for (JsonNode element : node.values()) {
                if (element.isArray()) {
                    throw new IllegalArgumentException("property '" + key + "': a list of lists is not allowed");
                }
                list.add(read(key, element));
            }
            return Collections.unmodifiableList(list);
        }
        if (node.isObject() && node.size() == 1) {
            var tag = node.propertyNames().iterator().next();
            return readTagged(key, tag, node.get(tag));
        }
        throw new IllegalArgumentException("property '" + key + "': not a property value (" + node.getNodeType() + ")");
    }

    private static Object readTagged(String key, String tag, JsonNode value) {
        try {
            return switch (tag) {
                case "double" -> readNonFinite(key, value);
                case "bytes" -> Base64.getDecoder().decode(text(key, tag, value));
                case "point" -> readPoint(key, value);
                case "date" -> LocalDate.parse(text(key, tag, value));
                case "localtime" -> LocalTime.parse(text(key, tag, value));
                case "time" -> OffsetTime.parse(text(key, tag, value));
                case "localdatetime" -> LocalDateTime.parse(text(key, tag, value));
                case "datetime" -> ZonedDateTime.parse(text(key, tag, value));
                case "duration" -> readDuration(key, value);
                default -> throw new IllegalArgumentException("property '" + key + "': unknown value type '" + tag
                        + "'");
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("property '" + key + "': not a valid " + tag);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("property '")) {
                throw e;
            }
            // Base64 and driver messages may quote the input
            throw new IllegalArgumentException("property '" + key + "': not a valid " + tag);
        }
    }

    private static String text(String key, String tag, JsonNode value) {
        if (!value.isString()) {
            throw new IllegalArgumentException("property '" + key + "': " + tag + " must be a string");
        }
        return value.stringValue();
    }

    private static double readNonFinite(String key, JsonNode value) {
        return switch (text(key, "double", value)) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw new IllegalArgumentException("property '" + key + "': not a valid double");
        };
    }

    private static double coordinate(String key, JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isObject() && node.size() == 1 && node.has("double")) {
            return readNonFinite(key, node.get("double"));
        }
        throw new IllegalArgumentException("property '" + key + "': a point coordinate must be a number");
    }

    private static Point readPoint(String key, JsonNode value) {
        if (!value.isArray() || value.size() < 3 || value.size() > 4 || !value.get(0).isIntegralNumber()) {
            throw new IllegalArgumentException("property '" + key + "': a point is [srid, x, y] or [srid, x, y, z]");
        }
        int srid = value.get(0).intValue();
        double x = coordinate(key, value.get(1));
        double y = coordinate(key, value.get(2));
        return value.size() == 3 ? Values.point(srid, x, y).asPoint()
                : Values.point(srid, x, y, coordinate(key, value.get(3))).asPoint();
    }

    private static IsoDuration readDuration(String key, JsonNode value) {
        if (!value.isArray() || value.size() != 4) {
            throw new IllegalArgumentException("property '" + key + "': a duration is [months, days, seconds, "
                    + "nanoseconds]");
        }
        for (JsonNode part : value.values()) {
            if (!part.isIntegralNumber() || !part.canConvertToLong()) {
                throw new IllegalArgumentException("property '" + key + "': duration parts must be integers");
            }
        }
        long nanos = value.get(3).longValue();
        if (nanos < Integer.MIN_VALUE || nanos > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("property '" + key + "': duration nanoseconds out of range");
        }
        return Values.isoDuration(value.get(0).longValue(), value.get(1).longValue(), value.get(2).longValue(),
                (int) nanos).asIsoDuration();
    }

    /** A rough size of a property map in characters, to keep a restore's batches to a few megabytes. */
    static long estimatedSize(Map<String, Object> properties) {
        long size = 0;
        for (var entry : properties.entrySet()) {
            size += entry.getKey().length() + 8 + switch (entry.getValue()) {
                case String s -> s.length();
                case byte[] bytes -> bytes.length;
                case List<?> list -> list.stream().mapToLong(e -> e instanceof String s ? s.length() + 8 : 16).sum();
                default -> 16;
            };
        }
        return size;
    }
}
