package org.lambeth.livingwell.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/** The file format without a database: what is written is read back the same, and damage is named by its line. */
class BackupFileTests {

    private static final int NODES = 50;

    /** A small graph: a node with every property type, then plain ones in a ring. */
    private static byte[] file() {
        var out = new ByteArrayOutputStream();
        var writer = new BackupWriter(out, new BackupHeader(1, Instant.parse("2026-05-01T02:00:00Z"), List.of(1, 2, 3),
                new GraphCounts()));
        writer.node(0, List.of("Sample", "Every"), ValueCodecTests.everyType());
        for (int i = 1; i < NODES; i++) {
            writer.node(i, List.of("Person"), Map.of("id", "p-" + i));
        }
        writer.relationship(0, 1, "HAS", ValueCodecTests.everyType());
        for (int i = 1; i < NODES; i++) {
            writer.relationship(i, 1 + i % (NODES - 1), "KNOWS", Map.of("strength", i / 10.0));
        }
        writer.finish();
        return out.toByteArray();
    }

    /** What a reader hands on. */
    private static final class Recorder implements GraphVisitor {
        final List<Object[]> nodes = new ArrayList<>();
        final List<Object[]> relationships = new ArrayList<>();

        @Override
        public void node(int number, List<String> labels, Map<String, Object> properties) {
            nodes.add(new Object[] {number, labels, properties});
        }

        @Override
        public void relationship(int start, int end, String type, Map<String, Object> properties) {
            relationships.add(new Object[] {start, end, type, properties});
        }
    }

    private static BackupTrailer read(byte[] file, GraphVisitor visitor) {
        try (var reader = BackupReader.open(new ByteArrayInputStream(file))) {
            reader.header();
            return reader.read(visitor);
        }
    }

    @Test
    void whatIsWrittenIsReadBack() {
        var file = file();
        var lines = BackupFiles.lines(file);
        assertThat(lines).hasSize(1 + NODES + NODES + 1);
        assertThat(lines.getFirst()).startsWith("{\"format\":\"living-well-map-backup\",\"version\":1,"
                + "\"createdAt\":\"2026-05-01T02:00:00Z\",\"migrations\":[1,2,3]");
        assertThat(lines.get(1)).startsWith("{\"node\":0,\"labels\":[\"Every\",\"Sample\"],\"properties\":{");
        assertThat(lines.getLast()).startsWith("{\"trailer\":true,\"nodes\":50,\"relationships\":50,");
        try (var reader = BackupReader.open(new ByteArrayInputStream(file))) {
            var header = reader.header();
            assertThat(header.migrations()).containsExactly(1, 2, 3);
            assertThat(header.createdAt()).isEqualTo(Instant.parse("2026-05-01T02:00:00Z"));
            var recorder = new Recorder();
            var trailer = reader.read(recorder);
            assertThat(trailer.counts().nodesByLabel()).containsEntry("Person", 49L).containsEntry("Sample", 1L);
            assertThat(trailer.counts().relationshipsByType()).containsEntry("KNOWS", 49L).containsEntry("HAS", 1L);
            assertThat(recorder.nodes).hasSize(NODES);
            assertThat(recorder.relationships).hasSize(NODES);
            @SuppressWarnings("unchecked")
            var sample = (Map<String, Object>) recorder.nodes.getFirst()[2];
            ValueCodecTests.everyType().forEach((key, value) ->
                    assertThat(Objects.deepEquals(sample.get(key), value)).as(key).isTrue());
        }
    }

    @Test
    void aTruncatedFileIsNamedByTheLineWhereItEnds() {
        var file = file();
        assertThatThrownBy(() -> read(BackupFiles.truncated(file, 0.8), new Recorder()))
                .isInstanceOf(BackupFileException.class)
                .hasMessageMatching("line \\d+: the file ends in the middle of its compressed data: it is truncated");
        // cut exactly before the trailer line, compressed whole
        var lines = BackupFiles.lines(file);
        var withoutTrailer = BackupFiles.gzip(lines.subList(0, lines.size() - 1));
        assertThatThrownBy(() -> read(withoutTrailer, new Recorder()))
                .hasMessage("line " + lines.size() + ": the file ends before the trailer: it is truncated");
    }

    @Test
    void aFlippedByteIsReportedWithALine() {
        var file = file();
        for (int position : new int[] {file.length / 3, file.length / 2, file.length - 6}) {
            assertThatThrownBy(() -> read(BackupFiles.flipped(file, position), new Recorder()))
                    .as("byte " + position).isInstanceOf(BackupFileException.class).hasMessageMatching("line \\d+: .+");
        }
    }

    @Test
    void anEditedValueFailsTheChecksumAtTheTrailer() {
        var file = file();
        var edited = BackupFiles.edited(file, 4, line -> line.replace("\"p-2\"", "\"p-X\""));
        int trailer = 1 + NODES + NODES + 1;
        assertThatThrownBy(() -> read(edited, new Recorder()))
                .hasMessageStartingWith("line " + trailer + ": the content checksum of the file (")
                .hasMessageEndingWith("the file was changed after it was written");
        var wrongChecksum = BackupFiles.edited(file, trailer, line -> line.replaceAll("\"checksum\":\"[0-9a-f]{4}",
                "\"checksum\":\"ffff"));
        assertThatThrownBy(() -> read(wrongChecksum, new Recorder())).hasMessageContaining("line " + trailer + ": ")
                .hasMessageContaining("checksum");
        var lines = BackupFiles.lines(file);
        lines.remove(10);
        assertThatThrownBy(() -> read(BackupFiles.gzip(lines), new Recorder()))
                .hasMessageStartingWith("line 11: node 10 is out of order: node 9 comes next");
    }

    @Test
    void badLinesAreNamed() {
        var file = file();
        assertThatThrownBy(() -> read(BackupFiles.edited(file, 5, line -> line.substring(3)), new Recorder()))
                .hasMessageStartingWith("line 5: not valid JSON");
        assertThatThrownBy(() -> read(BackupFiles.edited(file, 5, line -> line.replace("\"Person\"",
                "\"__Neo4jMigration\"")), new Recorder()))
                .hasMessage("line 5: a label is empty, not a string or reserved");
        assertThatThrownBy(() -> read(BackupFiles.edited(file, NODES + 3, line -> line.replaceFirst("\"end\":\\d+",
                "\"end\":999")), new Recorder()))
                .hasMessage("line " + (NODES + 3) + ": \"end\" names node 999, which is not in the file (50 nodes)");
        var lines = BackupFiles.lines(file);
        lines.add("{}");
        assertThatThrownBy(() -> read(BackupFiles.gzip(lines), new Recorder()))
                .hasMessage("line " + lines.size() + ": there is content after the trailer");
    }

    @Test
    void anotherFormatOrVersionIsRefusedAtLineOne() {
        var file = file();
        var newer = BackupFiles.edited(file, 1, line -> line.replace("\"version\":1", "\"version\":2"));
        assertThatThrownBy(() -> read(newer, new Recorder())).hasMessageStartingWith("line 1: format version 2 is not "
                + "supported");
        assertThatThrownBy(() -> read("{\"format\":\"x\"}\n".getBytes(), new Recorder()))
                .hasMessage("line 1: not a gzip file, so not a Living Well Map backup");
        var other = BackupFiles.gzip(List.of("{\"format\":\"something-else\",\"version\":1}"));
        assertThatThrownBy(() -> read(other, new Recorder())).hasMessageStartingWith("line 1: not a Living Well Map "
                + "backup");
    }
}
