package org.lambeth.livingwell.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lambeth.livingwell.seeds.synthetic.SyntheticAsset;
import org.lambeth.livingwell.seeds.synthetic.SyntheticAssets;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's files: the deterministic synthetic assets of the search benchmark (seeds module, spread like
 * Lambeth's postcodes, over Greater London above 100k) written as CSV (Commons CSV) and as GeoJSON (Jackson's
 * streaming generator), with categories, contact, accessibility, cost, visibility and, on every third row, opening
 * hours as text.
 */
final class ImportFiles {

    static final String HOURS = "Mon - Fri: 09:00 - 17:00 Sat: 10:00 - 13:00 Sun: Closed";

    private ImportFiles() {
    }

    static Path csv(int size, Path directory) throws IOException {
        var file = directory.resolve("assets-" + size + ".csv");
        var format = CSVFormat.RFC4180.builder().setHeader("id", "name", "description", "categories", "latitude",
                "longitude", "postcode", "phone", "website", "free", "accessibility", "visibility", "opening_hours")
                .get();
        try (var out = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), format)) {
            var index = new int[1];
            SyntheticAssets.generate(size, SyntheticAssets.DEFAULT_SEED).forEach(asset -> {
                try {
                    out.printRecord(asset.id(), asset.name(), asset.description(), asset.categoryId(),
                            asset.latitude(), asset.longitude(), asset.postcode(), phone(index[0]),
                            "https://example.org/" + asset.id(), asset.free(), String.join(";", accessibility(asset)),
                            asset.visibility(), index[0]++ % 3 == 0 ? HOURS : "");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return file;
    }

    static Path geoJson(int size, Path directory) throws IOException {
        var file = directory.resolve("assets-" + size + ".geojson");
        var json = JsonMapper.builder().build();
        try (JsonGenerator out = json.createGenerator(Files.newOutputStream(file))) {
            out.writeStartObject();
            out.writeStringProperty("type", "FeatureCollection");
            out.writeArrayPropertyStart("features");
            var index = new int[1];
            SyntheticAssets.generate(size, SyntheticAssets.DEFAULT_SEED).forEach(asset -> {
                out.writeStartObject();
                out.writeStringProperty("type", "Feature");
                out.writeStringProperty("id", asset.id());
                out.writeObjectPropertyStart("geometry");
                out.writeStringProperty("type", "Point");
                out.writeArrayPropertyStart("coordinates");
                out.writeNumber(asset.longitude());
                out.writeNumber(asset.latitude());
                out.writeEndArray();
                out.writeEndObject();
                out.writeObjectPropertyStart("properties");
                out.writeStringProperty("name", asset.name());
                out.writeStringProperty("description", asset.description());
                out.writeStringProperty("categories", asset.categoryId());
                out.writeStringProperty("postcode", asset.postcode());
                out.writeStringProperty("phone", phone(index[0]));
                out.writeStringProperty("website", "https://example.org/" + asset.id());
                if (asset.free() != null) {
                    out.writeBooleanProperty("free", asset.free());
                }
                out.writeArrayPropertyStart("accessibility");
                accessibility(asset).forEach(out::writeString);
                out.writeEndArray();
                out.writeStringProperty("visibility", asset.visibility());
                if (index[0]++ % 3 == 0) {
                    out.writeStringProperty("opening_hours", HOURS);
                }
                out.writeEndObject();
                out.writeEndObject();
            });
            out.writeEndArray();
            out.writeEndObject();
        }
        return file;
    }

    private static String phone(int index) {
        return String.format("020 7%03d %04d", index / 10_000 % 1000, index % 10_000);
    }

    private static java.util.List<String> accessibility(SyntheticAsset asset) {
        return asset.accessibility();
    }
}
