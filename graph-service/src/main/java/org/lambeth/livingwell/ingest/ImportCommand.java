package org.lambeth.livingwell.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.beans.factory.annotation.Autowired;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE --format F --source S [--dry-run] [--default-category C] [--report R]}: the same import as the
 * {@code importAssets} mutation, from the command line, with progress bars on standard error. Exit code 0 when the
 * import landed (or the dry run found no problem), 1 when rows were refused or the file could not be read (nothing
 * written), 2 for bad arguments. The audit trail records the actor as {@code cli:<user name>}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import assets from a GeoJSON, CSV or Open Referral JSON file (all or nothing).")
public class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "geojson, csv or open-referral")
    ImportFormat format;

    @Option(names = "--source", required = true,
            description = "The source's name (lower-case letters, digits, hyphens): re-importing it updates in place.")
    String source;

    @Option(names = "--dry-run", description = "Report what would happen, row by row, and write nothing.")
    boolean dryRun;

    @Option(names = "--default-category", description = "The category of rows that name none.")
    String defaultCategory;

    @Option(names = "--report", paramLabel = "CSV",
            description = "Write every row's outcome and every problem to this CSV file.")
    Path report;

    @Autowired
    private ImportService imports;

    @Autowired
    private IngestProperties properties;

    public ImportCommand() {
        // picocli builds one to check the arguments; Spring builds the one that runs
    }

    @Override
    public Integer call() throws IOException {
        ImportRequest request;
        try {
            request = new ImportRequest(format, source, dryRun, defaultCategory);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (!Files.isReadable(file)) {
            System.err.println("cannot read " + file);
            return 2;
        }
        var limit = properties.maxFileSize().toBytes();
        if (Files.size(file) > limit) {
            System.out.printf(Locale.ROOT, "Nothing was written: %s is %,d bytes, larger than the limit of %,d "
                    + "bytes (livingwell.ingest.max-file-size); split it into several imports.%n", file,
                    Files.size(file), limit);
            return 1;
        }
        var viewer = new Viewer("cli:" + System.getProperty("user.name", "unknown"), Role.EDITOR, "cli", 0);
        ImportReport result;
        try (var read = ProgressBar.wrap(Files.newInputStream(file), bar("Reading").setUnit(" MiB", 1 << 20)
                .setInitialMax(Files.size(file)))) {
            result = imports.run(request, read, viewer, new Bars());
        } catch (InvalidArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        print(result, System.out);
        if (report != null) {
            writeReport(result, report);
        }
        return result.problemCount() == 0 ? 0 : 1;
    }

    /** Reads --format while the arguments are checked, before anything starts. */
    static final class FormatConverter implements ITypeConverter<ImportFormat> {

        @Override
        public ImportFormat convert(String value) {
            return ImportFormat.parse(value);
        }
    }

    private static ProgressBarBuilder bar(String task) {
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250);
    }

    /** The import's phases as progress bars. */
    private static final class Bars implements ImportProgress {

        private ProgressBar bar;

        @Override
        public void begin(String phase, long total) {
            bar = bar(phase).setInitialMax(total).setUnit(" rows", 1).build();
        }

        @Override
        public void advance(long steps) {
            bar.stepBy(steps);
        }

        @Override
        public void end() {
            bar.close();
        }
    }

    static void print(ImportReport result, PrintStream out) {
        out.printf("%s import of %s (%s): %d rows; %d to create, %d to update, %d unchanged, %d retired (skipped), "
                + "%d refused; %d ms%n", result.dryRun() ? "Dry-run" : "The", result.source(), result.format(),
                result.rowCount(), result.created(), result.updated(), result.unchanged(), result.skippedRetired(),
                result.refused(), result.elapsedMillis());
        if (!result.ignoredFields().isEmpty()) {
            out.println("Not imported (unknown columns): " + String.join(", ", result.ignoredFields()));
        }
        result.problems().stream().limit(50).forEach(problem -> out.println("  " + problem));
        if (result.problemCount() > 50) {
            out.println("  ... and " + (result.problemCount() - 50) + " more problems (see --report)");
        }
        out.println(result.landed() ? "Landed." : result.problemCount() > 0
                ? "Nothing was written: fix the problems above and import again." : "Nothing was written (dry run).");
    }

    private static void writeReport(ImportReport result, Path path) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader("row", "sourceId", "assetId", "action", "field", "value",
                "reason").get();
        try (var csv = new CSVPrinter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), format)) {
            for (var outcome : result.outcomes()) {
                csv.printRecord(outcome.row(), outcome.sourceId(), outcome.assetId(), outcome.action(), null, null,
                        null);
            }
            for (var problem : result.problems()) {
                csv.printRecord(problem.row(), null, null, "PROBLEM", problem.field(), problem.value(),
                        problem.reason());
            }
        }
    }
}
