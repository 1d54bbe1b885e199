package org.lambeth.livingwell.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lambeth.livingwell.asset.LocalityPlacement;
import org.lambeth.livingwell.asset.Visibility;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes an import's new and changed rows: first, outside any transaction, each row's statement parameters, with the
 * localities covering its point (point-in-polygon, as for an edited asset) and the element ids of its categories and
 * localities; then, inside the caller's transaction, batches of UNWIND statements (the assets with their
 * relationships, then who runs them). Each batch's count of relationships created is checked: a category or locality
 * that went away since the import read them (with its reference data) stops the write, and the transaction rolls back.
 */
@Component
class ImportWriter {

    /** The parameters of every statement of a write, computed before the transaction starts. */
    record Prepared(List<Batch> creates, List<Batch> updates, List<Map<String, Object>> runs, int rows) {

        /**
         * The visibilities the import touches, for the change feed: those of the new rows, and both when it changes
         * existing assets (a change may have taken one from PUBLIC to NETWORK).
         */
        Set<String> visibilities() {
            var found = new TreeSet<String>();
            for (var batch : creates) {
                for (var row : batch.rows()) {
                    if (row.get("props") instanceof Map<?, ?> props && props.get("visibility") != null) {
                        found.add(String.valueOf(props.get("visibility")));
                    }
                }
            }
            if (!updates.isEmpty()) {
                Arrays.stream(Visibility.values()).forEach(visibility -> found.add(visibility.name()));
            }
            return found;
        }
    }

    /** One UNWIND statement's rows and the relationships to categories and localities it must create. */
    record Batch(List<Map<String, Object>> rows, long links) {
    }

    private final CypherCatalogue cypher;
    private final LocalityPlacement localities;
    ImportWriter(CypherCatalogue cypher, LocalityPlacement localities) {
        this.cypher = cypher;
        this.localities = localities;
    }

    /** @param targets the element ids of categories and localities, read with the import's reference data */
    Prepared prepare(List<CheckedRow> creates, List<CheckedRow> updates, ImportStore.LinkTargets targets,
            int batchRows) {
        var runs = new ArrayList<Map<String, Object>>();
        creates.forEach(row -> addRun(row, runs));
        updates.forEach(row -> addRun(row, runs));
        return new Prepared(batches(creates, targets, batchRows), batches(updates, targets, batchRows), runs,
                creates.size() + updates.size());
    }

    private List<Batch> batches(List<CheckedRow> rows, ImportStore.LinkTargets targets, int batchRows) {
        var batches = new ArrayList<Batch>();
        for (int from = 0; from < rows.size(); from += batchRows) {
            var slice = rows.subList(from, Math.min(rows.size(), from + batchRows));
            var parameters = new ArrayList<Map<String, Object>>(slice.size());
            long links = 0;
            for (var row : slice) {
                var placement = localities.place(row.point());
                var node = new HashMap<String, Object>();
                node.put("props", row.props());
                node.put("latitude", row.point().latitude());
                node.put("longitude", row.point().longitude());
                node.put("inBorough", placement.inBorough());
                node.put("categories", row.categories().stream().map(targets.categories()::get).toList());
                node.put("localities", placement.localityIds().stream().map(targets.localities()::get).toList());
                links += row.categories().size() + placement.localityIds().size();
                parameters.add(node);
            }
            batches.add(new Batch(parameters, links));
        }
        return batches;
    }

    private static void addRun(CheckedRow row, List<Map<String, Object>> runs) {
        if (row.organisation() != null) {
            runs.add(Map.of("assetId", row.assetId(), "organisationId", row.organisation().id(),
                    "organisationName", row.organisation().name()));
        }
    }

    void write(TransactionContext tx, Prepared prepared, String source, OffsetDateTime updatedAt, int batchRows,
            ImportProgress progress) {
        run(tx, "ingest/create_imported_assets", prepared.creates(), updatedAt, progress);
        run(tx, "ingest/update_imported_assets", prepared.updates(), updatedAt, progress);
        var runs = prepared.runs();
        for (int from = 0; from < runs.size(); from += batchRows) {
            tx.run(cypher.get("ingest/merge_import_organisations"), Map.of("rows",
                    runs.subList(from, Math.min(runs.size(), from + batchRows)), "source", source)).consume();
        }
    }

    private void run(TransactionContext tx, String statement, List<Batch> batches, OffsetDateTime updatedAt,
            ImportProgress progress) {
        for (var batch : batches) {
            var created = tx.run(cypher.get(statement), Map.of("rows", batch.rows(), "updatedAt", updatedAt))
                    .consume().counters().relationshipsCreated();
            if (created != batch.links()) {
                throw new IllegalStateException("categories or localities changed while the import ran (" + created
                        + " of " + batch.links() + " links made): nothing was written; import the file again");
            }
            progress.advance(batch.rows().size());
        }
    }
}
