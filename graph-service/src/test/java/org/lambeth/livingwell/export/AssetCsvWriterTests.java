package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class AssetCsvWriterTests {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void aRowAnAssetWithListsJoinedAndFormulasKeptAsText() throws Exception {
        var out = new StringWriter();
        try (var csv = new AssetCsvWriter(out)) {
            csv.write(ExportRows.asset("a1", "Brixton Library", 51.4613, -0.1156));
            csv.write(ExportRows.bare("a2", "=HYPERLINK(\"http://x\")"));
        }
        assertThat(out.toString()).contains("\r\n");
        var parser = READ.parse(new StringReader(out.toString()));
        assertThat(parser.getHeaderNames()).isEqualTo(AssetCsvWriter.COLUMNS);
        var rows = parser.getRecords();
        assertThat(rows).hasSize(2);
        var first = rows.get(0);
        assertThat(first.get("latitude")).isEqualTo("51.4613");
        assertThat(first.get("longitude")).as("numbers are not text: no guard").isEqualTo("-0.1156");
        assertThat(first.get("categoryIds")).isEqualTo("library;cafe");
        assertThat(first.get("categoryNames")).isEqualTo("Library;Cafe");
        assertThat(first.get("runByNames")).isEqualTo("Lambeth Council");
        assertThat(first.get("accessibility")).isEqualTo("STEP_FREE;HEARING_LOOP");
        assertThat(first.get("localityIds")).isEqualTo("E05014098;half-south");
        assertThat(first.get("description")).isEqualTo("A place, with \"quotes\", commas\nand a new line");
        assertThat(first.get("free")).isEqualTo("true");
        var second = rows.get(1);
        assertThat(second.get("name")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(second.get("free")).isEmpty();
        assertThat(second.get("description")).isEmpty();
        assertThat(second.get("visibility")).isEqualTo("NETWORK");
    }

    @Test
    void nonAsciiTextIsUtf8() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (var csv = new AssetCsvWriter(writer)) {
            csv.write(ExportRows.bare("a3", "Café – Łódź"));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Café – Łódź");
    }

    @Test
    void rowsStreamOutAsTheyArrive() {
        var sent = new AssetGeoJsonWriterTests.CountingStream();
        var writer = new OutputStreamWriter(sent, StandardCharsets.UTF_8);
        long atLastRow = 0;
        try (var csv = new AssetCsvWriter(writer)) {
            for (int i = 0; i < 20_000; i++) {
                csv.write(ExportRows.asset("asset-" + i, "Asset " + i, 51.4, -0.1));
                atLastRow = sent.bytes;
            }
        }
        assertThat(atLastRow).isGreaterThan(sent.bytes * 99 / 100);
    }
}
