package org.lambeth.livingwell.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a backup file ({@link BackupFormat}) to a stream as the graph is visited: the header at once, a line per
 * node and relationship, and on {@link #finish()} the trailer with the counts and checksum of what was written. The
 * caller owns (and closes) the stream.
 */
final class BackupWriter implements GraphVisitor {

    private static final JsonMapper LINES = JsonMapper.builder(JsonFactory.builder().rootValueSeparator("\n").build())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final GZIPOutputStream gzip;
    private final JsonGenerator json;
    private final GraphChecksum checksum = new GraphChecksum();
    private final GraphCounts counts = new GraphCounts();
    private final GraphVisitor tally = GraphVisitor.tee(checksum, counts);

    BackupWriter(OutputStream out, BackupHeader header) {
        try {
            this.gzip = new GZIPOutputStream(out, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.json = LINES.createGenerator(gzip);
        json.writeStartObject();
        json.writeStringProperty("format", BackupFormat.NAME);
        json.writeNumberProperty("version", header.version());
        json.writeStringProperty("createdAt", header.createdAt().toString());
        json.writeName("migrations");
        json.writeStartArray();
        for (int version : header.migrations()) {
            json.writeNumber(version);
        }
        json.writeEndArray();
        writeCounts(json, header.counts());
        json.writeEndObject();
    }

    @Override
    public void node(int number, List<String> labels, Map<String, Object> properties) {
        json.writeStartObject();
        json.writeNumberProperty("node", number);
        ValueCodec.writeLabelsAndProperties(json, labels, properties);
        json.writeEndObject();
        tally.node(number, labels, properties);
    }

    @Override
    public void relationship(int start, int end, String type, Map<String, Object> properties) {
        json.writeStartObject();
        json.writeNumberProperty("start", start);
        json.writeNumberProperty("end", end);
        json.writeStringProperty("type", type);
        json.writeName("properties");
        ValueCodec.writeProperties(json, properties);
        json.writeEndObject();
        tally.relationship(start, end, type, properties);
    }

    /** Writes the trailer and completes the gzip stream; returns the trailer. */
    BackupTrailer finish() {
        var trailer = new BackupTrailer(counts, checksum.value());
        json.writeStartObject();
        json.writeBooleanProperty("trailer", true);
        writeCounts(json, counts);
        json.writeStringProperty("checksum", trailer.checksum());
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
        try {
            gzip.finish();
            gzip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return trailer;
    }

    private static void writeCounts(JsonGenerator json, GraphCounts counts) {
        json.writeNumberProperty("nodes", counts.nodes());
        json.writeNumberProperty("relationships", counts.relationships());
        json.writeName("nodesByLabel");
        json.writeStartObject();
        counts.nodesByLabel().forEach((label, count) -> json.writeNumberProperty(label, (long) count));
        json.writeEndObject();
        json.writeName("relationshipsByType");
        json.writeStartObject();
        counts.relationshipsByType().forEach((type, count) -> json.writeNumberProperty(type, (long) count));
        json.writeEndObject();
    }
}
