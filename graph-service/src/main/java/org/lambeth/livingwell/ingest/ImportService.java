package org.lambeth.livingwell.ingest;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.audit.AuditEvent;
import org.lambeth.livingwell.audit.AuditTrail;
import org.lambeth.livingwell.audit.Audited;
import org.lambeth.livingwell.live.ChangeFeed;
import org.lambeth.livingwell.live.ChangeKind;
import org.lambeth.livingwell.viewer.Viewer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.TransactionConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Imports assets from a file: read it whole (a file that cannot be read is one problem and nothing more), check
 * every row, find which rows' assets exist, then, unless it is a dry run or any row was refused, write every new
 * and changed row with one audit entry in one transaction. So an import lands whole or changes nothing, and
 * importing the same file again changes nothing (unchanged rows are not written at all). Every run's rows count in
 * {@code livingwell.import.rows} by format, what became of them (created, updated, unchanged, skippedRetired,
 * refused) and the run's result (landed, dryRun, refused); never by source, which is the editor's free text.
 */
@Service
@EnableConfigurationProperties(IngestProperties.class)
public class ImportService {

    private final ImportStore store;
    private final ImportWriter writer;
    private final AuditTrail audit;
    private final IngestProperties properties;
    private final ChangeFeed changes;
    private final MeterRegistry meters;

    static final String ROWS = "livingwell.import.rows";

    ImportService(ImportStore store, ImportWriter writer, AuditTrail audit, IngestProperties properties,
            ChangeFeed changes, MeterRegistry meters) {
        this.meters = meters;
        this.store = store;
        this.writer = writer;
        this.audit = audit;
        this.properties = properties;
        this.changes = changes;
    }

    public ImportReport run(ImportRequest request, InputStream file, Viewer viewer) {
        return run(request, file, viewer, ImportProgress.NONE);
    }

    ImportReport run(ImportRequest request, InputStream file, Viewer viewer, ImportProgress progress) {
        var report = runUncounted(request, file, viewer, progress);
        count(report);
        return report;
    }

    private void count(ImportReport report) {
        var result = report.landed() ? "landed" : report.dryRun() ? "dryRun" : "refused";
        var rows = new LinkedHashMap<String, Long>();
        rows.put("created", report.created());
        rows.put("updated", report.updated());
        rows.put("unchanged", report.unchanged());
        rows.put("skippedRetired", report.skippedRetired());
        rows.put("refused", report.refused());
        rows.forEach((action, count) -> Counter.builder(ROWS)
                .description("Rows of import files, by format, what became of them and the run's result")
                .tag("format", report.format().name()).tag("action", action).tag("result", result)
                .register(meters).increment(count));
    }

    private ImportReport runUncounted(ImportRequest request, InputStream file, Viewer viewer,
            ImportProgress progress) {
        var started = System.nanoTime();
        var phases = new LinkedHashMap<String, Long>();
        var reference = store.reference(properties.area());
        if (request.defaultCategory() != null && !reference.categoryIds().contains(request.defaultCategory())) {
            throw new InvalidArgumentException("defaultCategory", "no such category: " + request.defaultCategory());
        }
        ReadResult read;
        try {
            read = read(request.format(), file);
        } catch (ImportFileException e) {
            return ImportReport.unreadable(request, e.problem(), millisSince(started));
        }
        phases.put("read", millisSince(started));
        var checking = System.nanoTime();
        progress.begin("Checking", read.rows().size());
        var checker = new RowChecker(reference, request.source(), request.defaultCategory());
        var problems = new ArrayList<ImportProblem>();
        var checked = new ArrayList<CheckedRow>(read.rows().size());
        var outcomes = new ArrayList<RowOutcome>(read.rows().size());
        var firstRowOfId = new HashMap<String, Long>();
        // rows are checked on every core (a check reads only the reference data); the results keep file order
        var results = read.rows().parallelStream().map(raw -> {
            var found = new ArrayList<ImportProblem>(0);
            return new Checked(raw, checker.check(raw, found), found);
        }).toList();
        for (var result : results) {
            var raw = result.raw();
            var row = result.row();
            problems.addAll(result.problems());
            if (row != null) {
                var earlier = firstRowOfId.putIfAbsent(row.sourceId(), row.row());
                if (earlier != null) {
                    problems.add(new ImportProblem(row.row(), ImportFields.ID, row.sourceId(),
                            "the id is also on row " + earlier + ": each row needs an id of its own"));
                    row = null;
                }
            }
            if (row == null) {
                outcomes.add(new RowOutcome(raw.row(), raw.value(ImportFields.ID), null, RowOutcome.Action.REFUSE));
            } else {
                checked.add(row);
                outcomes.add(null); // classified below
            }
            progress.advance(1);
        }
        progress.end();
        if (read.rows().isEmpty()) {
            problems.add(ImportProblem.ofFile("the file holds no rows to import"));
        }
        phases.put("check", millisSince(checking));
        var classifying = System.nanoTime();
        var plan = classify(checked);
        fill(outcomes, plan);
        phases.put("classify", millisSince(classifying));
        var landed = problems.isEmpty() && !request.dryRun();
        if (landed && !(plan.creates().isEmpty() && plan.updates().isEmpty())) {
            var placing = System.nanoTime();
            var prepared = writer.prepare(plan.creates(), plan.updates(), reference.targets(), properties.batchRows());
            phases.put("place", millisSince(placing));
            write(request, viewer, plan, prepared, progress, phases);
        }
        return new ImportReport(request.format(), request.source(), request.dryRun(), landed, read.rows().size(),
                plan.creates().size(), plan.updates().size(), plan.unchanged(), plan.retired(),
                read.rows().size() - checked.size(),
                problems.subList(0, Math.min(problems.size(), ImportReport.MAX_PROBLEMS)), problems.size(),
                outcomes, read.ignoredFields(), millisSince(started), phases);
    }

    /** A row and what its check gave: the checked row, or null and its problems. */
    private record Checked(RawRow raw, CheckedRow row, List<ImportProblem> problems) {
    }

    private static ReadResult read(ImportFormat format, InputStream file) {
        return switch (format) {
            case CSV -> CsvRows.read(file);
            case GEOJSON -> GeoJsonRows.read(file);
            case OPEN_REFERRAL -> OpenReferralRows.read(file);
        };
    }

    /** The checked rows sorted into new, changed, unchanged and retired, with each row's action. */
    private record Plan(List<CheckedRow> creates, List<CheckedRow> updates, long unchanged, long retired,
            List<RowOutcome> outcomes) {
    }

    private Plan classify(List<CheckedRow> checked) {
        var ids = checked.stream().map(CheckedRow::assetId).toList();
        var existing = store.existing(ids);
        var retired = existing.size() == ids.size() ? Set.<String>of() : store.retired(ids);
        var creates = new ArrayList<CheckedRow>();
        var updates = new ArrayList<CheckedRow>();
        long unchanged = 0;
        long skipped = 0;
        var outcomes = new ArrayList<RowOutcome>(checked.size());
        for (var row : checked) {
            RowOutcome.Action action;
            var hash = existing.get(row.assetId());
            if (hash == null && retired.contains(row.assetId())) {
                action = RowOutcome.Action.SKIP_RETIRED;
                skipped++;
            } else if (hash == null) {
                action = RowOutcome.Action.CREATE;
                creates.add(row);
            } else if (hash.equals(row.hash())) {
                action = RowOutcome.Action.UNCHANGED;
                unchanged++;
            } else {
                action = RowOutcome.Action.UPDATE;
                updates.add(row);
            }
            outcomes.add(new RowOutcome(row.row(), row.sourceId(), row.assetId(), action));
        }
        return new Plan(creates, updates, unchanged, skipped, outcomes);
    }

    /** Puts each checked row's outcome in its place (the refused rows' places are filled already). */
    private static void fill(List<RowOutcome> outcomes, Plan plan) {
        var rows = plan.outcomes().iterator();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                outcomes.set(i, rows.next());
            }
        }
    }

    /** Writes in one transaction; phases: write (the statements) and commit. */
    private void write(ImportRequest request, Viewer viewer, Plan plan, ImportWriter.Prepared prepared,
            ImportProgress progress, Map<String, Long> phases) {
        var at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        var summary = new LinkedHashMap<String, Object>();
        summary.put("format", request.format().name());
        summary.put("created", plan.creates().size());
        summary.put("updated", plan.updates().size());
        summary.put("unchanged", plan.unchanged());
        var config = TransactionConfig.builder().withTimeout(properties.transactionTimeout()).build();
        progress.begin("Writing", prepared.rows());
        var writing = System.nanoTime();
        var written = new long[1];
        audit.write(viewer, config, tx -> {
            writer.write(tx, prepared, request.source(), at, properties.batchRows(), progress);
            changes.append(tx, ChangeKind.IMPORTED, null, prepared.rows(), request.source(), prepared.visibilities());
            written[0] = System.nanoTime();
            return Audited.of(null, new AuditEvent("asset.import", "Import", request.source(), null, summary));
        });
        phases.put("write", (written[0] - writing) / 1_000_000);
        phases.put("commit", millisSince(written[0]));
        progress.end();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
