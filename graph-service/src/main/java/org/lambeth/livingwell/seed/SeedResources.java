package org.lambeth.livingwell.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lambeth.livingwell.geo.GeoJsonFeature;
import org.springframework.core.io.ClassPathResource;

/** Reads the seed files of the seeds module from the classpath ({@code seeds/...}). */
final class SeedResources {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private SeedResources() {
    }

    /** Features of a seed file; the seeds are trusted, so a geometry JTS finds invalid is repaired, not refused. */
    static List<GeoJsonFeature> features(String path) {
        return GeoJsonFeature.readCollection(open(path), path, true);
    }

    static List<CSVRecord> csv(String path) {
        try (var parser = CSV.parse(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static InputStream open(String path) {
        try {
            // this class's own loader: the planner runs on a pool thread whose context loader cannot see the
            // nested jars of the packaged application
            return new ClassPathResource("seeds/" + path, SeedResources.class.getClassLoader()).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Seed file seeds/" + path + " is not on the classpath", e);
        }
    }

    /** An empty CSV cell as null. */
    static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        var value = record.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    /** Puts a text property unless it is missing or blank. */
    static void putIfPresent(java.util.Map<String, Object> props, String key, String value) {
        if (value != null && !value.isBlank()) {
            props.put(key, value);
        }
    }
}
