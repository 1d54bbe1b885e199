package org.lambeth.livingwell.seeds.synthetic;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV resource of the seeds module (header row first) with Commons CSV. */
final class SeedCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get();

    private SeedCsv() {
    }

    /** The records of {@code /seeds/<path>}, in file order. */
    static List<CSVRecord> read(String path) {
        var resource = "/seeds/" + path;
        try (var in = SeedCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (var parser = FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new ArrayList<>(parser.getRecords());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }
}
