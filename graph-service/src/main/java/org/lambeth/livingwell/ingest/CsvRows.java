package org.lambeth.livingwell.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads assets from CSV (RFC 4180, UTF-8, a header row) with Apache Commons CSV; columns are mapped by header
 * ({@link ImportFields}). A row is numbered as a spreadsheet shows it: the header is row 1.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private CsvRows() {
    }

    static ReadResult read(InputStream in) {
        var reader = Utf8Input.reader(in);
        CSVParser parser;
        try {
            parser = FORMAT.parse(reader);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            throw unreadable(e, 1);
        }
        try (parser) {
            var columns = columns(parser.getHeaderNames());
            var rows = new ArrayList<RawRow>();
            var records = parser.iterator();
            while (true) {
                var next = rows.size() + 2L;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    var record = records.next();
                    var row = record.getRecordNumber() + 1;
                    var values = new HashMap<String, String>();
                    var problems = new ArrayList<ImportProblem>(0);
                    if (record.size() != parser.getHeaderNames().size()) {
                        problems.add(new ImportProblem(row, null, null, "the row has " + record.size()
                                + " fields but the header has " + parser.getHeaderNames().size()));
                    }
                    for (var column : columns.entrySet()) {
                        if (column.getKey() < record.size()) {
                            values.put(column.getValue(), record.get(column.getKey()));
                        }
                    }
                    rows.add(new RawRow(row, values, problems));
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unreadable(e, next);
                }
            }
            var ignored = new LinkedHashSet<String>();
            for (var header : parser.getHeaderNames()) {
                if (ImportFields.canonical(header) == null) {
                    ignored.add(header);
                }
            }
            return new ReadResult(rows, ignored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column position to field, after checking the header names the fields a row needs. */
    private static Map<Integer, String> columns(List<String> headers) {
        if (headers.isEmpty()) {
            throw new ImportFileException(ImportProblem.ofFile("the file is empty: expected a header row naming "
                    + "the columns (id, name, categories, latitude, longitude or postcode, ...)"));
        }
        var columns = new LinkedHashMap<Integer, String>();
        var seen = new HashMap<String, String>();
        for (int i = 0; i < headers.size(); i++) {
            var field = ImportFields.canonical(headers.get(i));
            if (field == null) {
                continue;
            }
            var earlier = seen.put(field, headers.get(i));
            if (earlier != null) {
                throw new ImportFileException(new ImportProblem(1, headers.get(i), headers.get(i),
                        "the columns '" + earlier + "' and '" + headers.get(i) + "' both give " + field));
            }
            columns.put(i, field);
        }
        var missing = new ArrayList<String>();
        for (var required : ImportFields.REQUIRED) {
            if (!seen.containsKey(required)) {
                missing.add(required);
            }
        }
        var hasPoint = seen.containsKey(ImportFields.LATITUDE) && seen.containsKey(ImportFields.LONGITUDE);
        if (!hasPoint && !seen.containsKey(ImportFields.POSTCODE)) {
            missing.add("latitude and longitude, or postcode");
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException(new ImportProblem(1, null, String.join(",", headers),
                    "the header row lacks the column(s): " + String.join("; ", missing)
                            + " (is the first row the header, and the file comma-separated?)"));
        }
        return columns;
    }

    private static ImportFileException unreadable(Exception e, long row) {
        if (Utf8Input.isEncodingError(e)) {
            return new ImportFileException(new ImportProblem(row, null, null,
                    Utf8Input.notUtf8("at or just after row " + row)));
        }
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("EOF reached")) {
            return new ImportFileException(new ImportProblem(row, null, null,
                    "the file ends inside a quoted value: it is truncated, or a quote is not closed"));
        }
        return new ImportFileException(new ImportProblem(row, null, null, "not readable as CSV: " + message));
    }
}
