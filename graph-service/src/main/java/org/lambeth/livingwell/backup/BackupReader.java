package org.lambeth.livingwell.backup;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a backup file ({@link BackupFormat}) line by line: {@link #header()} first, then {@link #read} hands every
 * node and relationship to a visitor and checks the trailer against what it counted and hashed itself. Anything wrong
 * (not gzip, damaged or truncated data, a bad line, lines out of order, counts or checksum not matching, anything after
 * the trailer) is a {@link BackupFileException} naming the line. Messages never quote the file's values.
 */
final class BackupReader implements Closeable {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final BufferedReader lines;
    private int line;

    private BackupReader(BufferedReader lines) {
        this.lines = lines;
    }

    static BackupReader open(InputStream in) {
        var buffered = new BufferedInputStream(in, 1 << 16);
        try {
            buffered.mark(2);
            if (buffered.read() != 0x1f || buffered.read() != 0x8b) {
                throw new BackupFileException(1, "not a gzip file, so not a Living Well Map backup");
            }
            buffered.reset();
            var text = new InputStreamReader(new GZIPInputStream(buffered, 1 << 16),
                    StandardCharsets.UTF_8.newDecoder());
            return new BackupReader(new BufferedReader(text, 1 << 16));
        } catch (IOException e) {
            throw new BackupFileException(1, damage(e));
        }
    }

    /** The line last read (1 is the header). */
    int line() {
        return line;
    }

    BackupHeader header() {
        var header = next("the header");
        var format = header.path("format").asString("");
        if (!format.equals(BackupFormat.NAME)) {
            throw new BackupFileException(line, "not a Living Well Map backup (the header's format is not \""
                    + BackupFormat.NAME + "\")");
        }
        var version = header.path("version");
        if (!version.isIntegralNumber() || version.longValue() != BackupFormat.VERSION) {
            throw new BackupFileException(line, "format version " + version + " is not supported: this service reads "
                    + "version " + BackupFormat.VERSION + " (restore it with the service version that wrote it or a "
                    + "newer one)");
        }
        try {
            var migrations = new ArrayList<Integer>();
            for (JsonNode migration : array(header, "migrations")) {
                migrations.add(integer(migration, "migrations").intValue());
            }
            var createdAt = Instant.parse(header.path("createdAt").asString(""));
            return new BackupHeader(BackupFormat.VERSION, createdAt, List.copyOf(migrations), counts(header));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BackupFileException(line, "the header is malformed: " + problem(e));
        }
    }

    /** Every node and relationship to {@code visitor}; returns the trailer once it has been checked. */
    BackupTrailer read(GraphVisitor visitor) {
        var checksum = new GraphChecksum();
        var counts = new GraphCounts();
        var all = GraphVisitor.tee(checksum, counts, visitor);
        boolean inRelationships = false;
        while (true) {
            var entry = next("the trailer");
            try {
                if (entry.has("node")) {
                    if (inRelationships) {
                        throw new IllegalArgumentException("a node after the relationships");
                    }
                    node(entry, checksum.nodes(), all);
                } else if (entry.has("start")) {
                    inRelationships = true;
                    relationship(entry, checksum.nodes(), all);
                } else if (entry.has("trailer")) {
                    var trailer = trailer(entry, checksum, counts);
                    end();
                    return trailer;
                } else {
                    throw new IllegalArgumentException("neither a node, a relationship nor the trailer");
                }
            } catch (IllegalArgumentException e) {
                throw new BackupFileException(line, problem(e));
            }
        }
    }

    /** A node line; {@code nodes} were read before it, so its number must be that. */
    private static void node(JsonNode entry, int nodes, GraphVisitor visitor) {
        long number = integer(entry.get("node"), "node").longValue();
        if (number != nodes) {
            throw new IllegalArgumentException("node " + number + " is out of order: node " + nodes
                    + " comes next");
        }
        var labels = new ArrayList<String>();
        for (JsonNode label : array(entry, "labels")) {
            if (!label.isString() || label.stringValue().isEmpty() || BackupFormat.reservedLabel(label.stringValue())) {
                throw new IllegalArgumentException("a label is empty, not a string or reserved");
            }
            labels.add(label.stringValue());
        }
        var properties = ValueCodec.readProperties(entry.get("properties"));
        visitor.node((int) number, labels, properties);
    }

    /** A relationship line, its endpoints among the {@code nodes} read before it. */
    private static void relationship(JsonNode entry, int nodes, GraphVisitor visitor) {
        int start = endpoint(entry, "start", nodes);
        int end = endpoint(entry, "end", nodes);
        var type = entry.path("type");
        if (!type.isString() || type.stringValue().isEmpty()) {
            throw new IllegalArgumentException("\"type\" is missing or empty");
        }
        var properties = ValueCodec.readProperties(entry.get("properties"));
        visitor.relationship(start, end, type.stringValue(), properties);
    }

    private static int endpoint(JsonNode entry, String name, int nodes) {
        long number = integer(entry.get(name), name).longValue();
        if (number < 0 || number >= nodes) {
            throw new IllegalArgumentException("\"" + name + "\" names node " + number + ", which is not in the file ("
                    + nodes + " nodes)");
        }
        return (int) number;
    }

    private BackupTrailer trailer(JsonNode entry, GraphChecksum checksum, GraphCounts counts) {
        var stated = counts(entry);
        var differences = counts.differencesFrom(stated);
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("the file holds other counts than its trailer states (" + differences
                    + "): lines are missing or were added");
        }
        var statedChecksum = entry.path("checksum").asString("");
        if (!statedChecksum.equals(checksum.value())) {
            throw new IllegalArgumentException("the content checksum of the file (" + checksum.value()
                    + ") is not the one its trailer states (" + statedChecksum + "): the file was changed after it "
                    + "was written");
        }
        return new BackupTrailer(stated, statedChecksum);
    }

    /** After the trailer: nothing but the end of the file (reading to the end also checks gzip's CRC). */
    private void end() {
        int trailerLine = line;
        try {
            var more = lines.readLine();
            if (more != null) {
                throw new BackupFileException(trailerLine + 1, "there is content after the trailer");
            }
        } catch (IOException e) {
            throw new BackupFileException(trailerLine + 1, damage(e));
        }
    }

    private JsonNode next(String expected) {
        String text;
        try {
            text = lines.readLine();
        } catch (IOException e) {
            throw new BackupFileException(line + 1, damage(e));
        }
        line++;
        if (text == null) {
            throw new BackupFileException(line, "the file ends before " + expected + ": it is truncated");
        }
        try {
            var node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new BackupFileException(line, "not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            var where = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
            throw new BackupFileException(line, "not valid JSON" + where);
        }
    }

    private static GraphCounts counts(JsonNode entry) {
        return new GraphCounts(integer(entry.get("nodes"), "nodes").longValue(),
                integer(entry.get("relationships"), "relationships").longValue(),
                countMap(entry.get("nodesByLabel"), "nodesByLabel"),
                countMap(entry.get("relationshipsByType"), "relationshipsByType"));
    }

    private static Map<String, Long> countMap(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or not an object");
        }
        var counts = new TreeMap<String, Long>();
        for (var entry : object.properties()) {
            counts.put(entry.getKey(), integer(entry.getValue(), name).longValue());
        }
        return counts;
    }

    private static Iterable<JsonNode> array(JsonNode entry, String name) {
        var array = entry.get(name);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or not a list");
        }
        return array.values();
    }

    private static JsonNode integer(JsonNode node, String name) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or not an integer");
        }
        return node;
    }

    private static String problem(RuntimeException e) {
        return e instanceof DateTimeParseException ? "\"createdAt\" is not an ISO-8601 instant" : e.getMessage();
    }

    private static String damage(IOException e) {
        return switch (e) {
            case EOFException eof -> "the file ends in the middle of its compressed data: it is truncated";
            case ZipException zip -> "the compressed data is damaged (" + zip.getMessage() + ")";
            case CharacterCodingException coding -> "the text is not valid UTF-8: the file is damaged";
            default -> "the file cannot be read (" + e.getClass().getSimpleName() + ")";
        };
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            // nothing was written: nothing to lose
        }
    }
}
