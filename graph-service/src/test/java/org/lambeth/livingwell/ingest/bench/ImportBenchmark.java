package org.lambeth.livingwell.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.analysis.bench.BenchReport;
import org.lambeth.livingwell.analysis.bench.HeapWatch;
import org.lambeth.livingwell.ingest.ImportFormat;
import org.lambeth.livingwell.ingest.ImportReport;
import org.lambeth.livingwell.ingest.ImportRequest;
import org.lambeth.livingwell.ingest.ImportService;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.lambeth.livingwell.seeds.synthetic.SyntheticAssets;
import org.lambeth.livingwell.support.ServiceIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import benchmark (issue 7; BENCHMARKS.md), run on demand only:
 * {@code ./mvnw -B -pl graph-service -am verify -Pbench-import -Dbench.import.sizes=100k}. Into the service's own
 * embedded Neo4j (real seeds loaded), it imports N synthetic assets from a CSV file and then from a GeoJSON file, each
 * a new source, through the same ImportService the command line and the importAssets mutation use (read, check
 * every row, classify, one write transaction), then imports each file again (every row unchanged, nothing written).
 * It prints rows per second, MiB per second, the heap (HeapWatch) and the process's peak resident memory.
 */
@ServiceIT
class ImportBenchmark {

    private static final double TARGET_ROWS_PER_SECOND = 20_000;

    @Autowired
    private ImportService imports;

    @Test
    void importThroughput() throws IOException {
        var directory = Files.createDirectories(Path.of("target", "bench-import"));
        var viewer = new Viewer("bench:import", Role.EDITOR, "bench", 0);
        var lines = new ArrayList<String>();
        lines.add("Import benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, -Xmx " + BenchReport.mib(Runtime.getRuntime().maxMemory()));
        for (var sizeText : System.getProperty("bench.import.sizes", "100k").split(",")) {
            var size = SyntheticAssets.parseSize(sizeText.strip());
            var files = List.of(ImportFiles.csv(size, directory), ImportFiles.geoJson(size, directory));
            var formats = List.of(ImportFormat.CSV, ImportFormat.GEOJSON);
            for (int i = 0; i < files.size(); i++) {
                var source = "bench-" + formats.get(i).name().toLowerCase(Locale.ROOT) + "-" + sizeText.strip();
                var first = timed(formats.get(i), files.get(i), source, viewer, "first import", lines);
                assertThat(first.landed()).as(first.problems().toString()).isTrue();
                assertThat(first.created()).isEqualTo(size);
                var again = timed(formats.get(i), files.get(i), source, viewer, "same file again", lines);
                assertThat(again.unchanged()).isEqualTo(size);
            }
        }
        lines.add("Target: at least " + (long) TARGET_ROWS_PER_SECOND + " assets/s for a first import of GeoJSON and "
                + "CSV.");
        lines.forEach(System.out::println);
        Files.write(directory.resolve("import-" + System.currentTimeMillis() + ".txt"), lines);
    }

    private ImportReport timed(ImportFormat format, Path file, String source, Viewer viewer, String what,
            List<String> lines) throws IOException {
        var bytes = Files.size(file);
        ImportReport report;
        long nanos;
        HeapWatch.Figures heap;
        try (var watch = HeapWatch.start(); var in = Files.newInputStream(file)) {
            var started = System.nanoTime();
            report = imports.run(new ImportRequest(format, source, false, null), in, viewer);
            nanos = System.nanoTime() - started;
            heap = watch.figures();
        }
        var seconds = nanos / 1e9;
        lines.add(String.format(Locale.ROOT, "RESULT format=%s rows=%d phase=\"%s\" seconds=%.2f rowsPerSecond=%.0f "
                + "mibPerSecond=%.1f created=%d unchanged=%d peakRssMiB=%d%n       phases (ms) %s%n       %s", format,
                report.rowCount(), what, seconds, report.rowCount() / seconds, bytes / seconds / (1 << 20),
                report.created(), report.unchanged(), peakRssKib() / 1024, report.phaseMillis(), heap));
        return report;
    }

    /** The process's peak resident set (VmHWM), KiB. */
    private static long peakRssKib() throws IOException {
        for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
