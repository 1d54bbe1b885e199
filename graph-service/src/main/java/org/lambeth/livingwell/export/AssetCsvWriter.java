package org.lambeth.livingwell.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lambeth.livingwell.api.SpreadsheetCells;

/**
 * Writes assets as CSV (RFC 4180, a header row): a row an asset, printed as it arrives; lists joined with ";";
 * every text cell that a spreadsheet would run as a formula is kept as text ({@link SpreadsheetCells#safe}).
 */
final class AssetCsvWriter implements AutoCloseable {

    static final List<String> COLUMNS = List.of("id", "name", "description", "latitude", "longitude", "categoryIds",
            "categoryNames", "address", "postcode", "phone", "email", "website", "free", "accessibility",
            "visibility", "runByIds", "runByNames", "localityIds", "updatedAt");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private final CSVPrinter csv;

    AssetCsvWriter(Writer out) {
        try {
            csv = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(AssetRow asset) {
        var cells = new ArrayList<String>(COLUMNS.size());
        cells.add(text(asset.id()));
        cells.add(text(asset.name()));
        cells.add(text(asset.description()));
        cells.add(Double.toString(asset.latitude()));
        cells.add(Double.toString(asset.longitude()));
        cells.add(text(joined(asset.categories(), AssetRow.Named::id)));
        cells.add(text(joined(asset.categories(), AssetRow.Named::name)));
        cells.add(text(asset.address()));
        cells.add(text(asset.postcode()));
        cells.add(text(asset.phone()));
        cells.add(text(asset.email()));
        cells.add(text(asset.website()));
        cells.add(asset.free() == null ? "" : asset.free().toString());
        cells.add(text(String.join(";", asset.accessibility())));
        cells.add(text(asset.visibility()));
        cells.add(text(joined(asset.runBy(), AssetRow.Named::id)));
        cells.add(text(joined(asset.runBy(), AssetRow.Named::name)));
        cells.add(text(String.join(";", asset.localityIds())));
        cells.add(text(asset.updatedAt()));
        try {
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String cell) {
        return cell == null ? "" : SpreadsheetCells.safe(cell);
    }

    private static String joined(List<AssetRow.Named> items, Function<AssetRow.Named, String> part) {
        var parts = new ArrayList<String>(items.size());
        for (var item : items) {
            parts.add(part.apply(item) == null ? "" : part.apply(item));
        }
        return String.join(";", parts);
    }

    /** Flushes; the writer itself belongs to the response. */
    @Override
    public void close() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
