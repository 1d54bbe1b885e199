package org.lambeth.livingwell.asset.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lambeth.livingwell.LivingWellMapApplication;
import org.lambeth.livingwell.analysis.bench.BenchReport;
import org.lambeth.livingwell.analysis.bench.HeapWatch;
import org.lambeth.livingwell.seeds.synthetic.SyntheticAssets;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Builds (or checks) a Neo4j store for the search benchmark: starts the real application on the given store
 * directory (embedded Neo4j, migrations, the real Lambeth seeds), then loads the deterministic synthetic assets of
 * the given size with {@link SyntheticAssetLoader} and prints the load rate. A store that already holds the synthetic
 * assets of that size is left as it is.
 *
 * <pre>
 * ./mvnw -B -q -pl graph-service -am -DskipTests package dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * cd graph-service
 * java -Xmx6g -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
 *     -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     org.lambeth.livingwell.asset.bench.SearchBenchmarkStore --size 1m --store /tmp/bench-store-1m
 * </pre>
 *
 * <p>The parallel collector suits this batch work best (G1 spent far more time collecting under the same load, most
 * of all with big transactions or other work on the machine); peak heap stays near 2 GiB at 1M.</p>
 *
 * <p>Options: {@code --size 10k|100k|1m} (required), {@code --store DIR} (required), {@code --seed N}
 * ({@link SyntheticAssets#DEFAULT_SEED}), {@code --batch N} (rows a transaction, 2500), {@code --writers N}
 * (sessions writing side by side, 2), {@code --defer-indexes true|false} (true: drop the asset indexes and constraint
 * for the load and create them again after it, see {@link StoreSchema}; the figures include that), {@code --page-cache
 * SIZE} (1g, 2g above 100k).</p>
 */
public final class SearchBenchmarkStore {

    static final String COUNT_BENCH_ASSETS = "MATCH (a:Asset) WHERE a.bench = true RETURN count(a) AS n";
    static final String COUNT_SEEDS = """
            RETURN COUNT { MATCH (c:Category) } AS categories, COUNT { MATCH (l:Locality) } AS localities,
                   COUNT { MATCH (a:Asset) WHERE a.bench IS NULL } AS seededAssets""";
    static final String COUNT_BENCH_RELATIONSHIPS = """
            MATCH (a:Asset)-[r]->() WHERE a.bench = true
            RETURN type(r) AS type, count(r) AS n ORDER BY type""";

    private SearchBenchmarkStore() {
    }

    public static void main(String[] args) throws Exception {
        var options = options(args);
        int size = SyntheticAssets.parseSize(required(options, "size"));
        var store = Path.of(required(options, "store")).toAbsolutePath().normalize();
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(SyntheticAssets.DEFAULT_SEED)));
        int batch = Integer.parseInt(options.getOrDefault("batch", "2500"));
        var pageCache = options.getOrDefault("page-cache", size <= 100_000 ? "1g" : "2g");
        int writers = Integer.parseInt(options.getOrDefault("writers", "2"));
        boolean deferIndexes = Boolean.parseBoolean(options.getOrDefault("defer-indexes", "true"));
        int status = run(size, store, seed, batch, writers, deferIndexes, pageCache);
        System.exit(status);
    }

    static int run(int size, Path store, long seed, int batch, int writers, boolean deferIndexes, String pageCache)
            throws Exception {
        say("== Search benchmark store: %,d synthetic assets (seed %d, %s) in %s ==", size, seed,
                SyntheticAssets.tiled(size) ? "Greater London, tiled" : "Lambeth postcodes", store);
        say("machine: %d processors, load average %s; JVM %s, max heap %s; page cache %s, batch %,d, %d writers",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.runtime.version"),
                BenchReport.mib(Runtime.getRuntime().maxMemory()), pageCache, batch, writers);
        long starting = System.nanoTime();
        try (var context = start(store, pageCache)) {
            say("application ready (embedded Neo4j, migrations, real seeds) in %.1f s",
                    (System.nanoTime() - starting) / 1e9);
            var driver = context.getBean(Driver.class);
            var seeds = single(driver, COUNT_SEEDS);
            say("real seeds: %s categories, %s localities, %s assets", seeds.get("categories"),
                    seeds.get("localities"), seeds.get("seededAssets"));
            long existing = (long) single(driver, COUNT_BENCH_ASSETS).get("n");
            if (existing == size) {
                say("the store already holds the %,d synthetic assets: loading skipped", size);
            } else if (existing != 0) {
                say("the store holds %,d synthetic assets, not %,d: delete %s (or use another directory) and run "
                        + "again", existing, size, store);
                return 2;
            } else {
                load(driver, size, seed, batch, writers, deferIndexes);
            }
            benchRelationships(driver);
        }
        say("store size on disk: %s (%s)", BenchReport.mib(diskBytes(store)), store);
        return 0;
    }

    private static void load(Driver driver, int size, long seed, int batch, int writers, boolean deferIndexes)
            throws InterruptedException {
        long reading = System.nanoTime();
        var localities = StoreLocalities.read(driver);
        say("locality index: %d boundaries read from the store and indexed in %.2f s; %s", localities.count(),
                (System.nanoTime() - reading) / 1e9, localities.agreementWithSeeds(driver));
        var loader = new SyntheticAssetLoader(driver, localities, batch, writers, SearchBenchmarkStore::say);
        say("plan: %s", loader.plan());
        var schema = StoreSchema.ofAssets(driver);
        say("asset schema: %s%s", schema.definitions(), deferIndexes ? " (dropped for the load, created again after)"
                : " (kept up to date during the load)");
        SyntheticAssetLoader.Result result;
        String heap;
        long started = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        long indexNanos = 0;
        try (var watch = HeapWatch.start()) {
            if (deferIndexes) {
                schema.drop();
            }
            try {
                result = loader.load(SyntheticAssets.generate(size, seed), size);
            } finally {
                if (deferIndexes) {
                    long indexing = System.nanoTime();
                    schema.create(3600);
                    indexNanos = System.nanoTime() - indexing;
                }
            }
            heap = watch.figures().toString();
        }
        long nanos = System.nanoTime() - started;
        long cpuNanos = processCpuNanos() - cpuAtStart;
        double rate = size / (nanos / 1e9);
        say("LOADED %,d assets in %.1f s: %,.0f assets/s (%,d transactions of up to %,d rows, %d writers; +%,d nodes, "
                + "+%,d relationships; %,d in the borough)", result.assets(), nanos / 1e9, rate,
                result.transactions(), batch, writers, result.nodesCreated(), result.relationshipsCreated(),
                result.inBorough());
        if (deferIndexes) {
            say("  of which writing %.1f s (%,.0f assets/s) and creating the %d asset indexes and constraints again "
                    + "%.1f s", result.nanos() / 1e9, result.assetsPerSecond(), schema.definitions().size(),
                    indexNanos / 1e9);
        }
        say("  building rows (generation, point-in-polygon, parameter maps, on its own thread) %.1f s; the writers "
                + "waited %.1f s in all for rows", result.buildNanos() / 1e9, result.waitNanos() / 1e9);
        say("  %s; load average %s", heap, loadAverage());
        say("  CPU time of this JVM over the load %.1f s on %d processors (%.0f%% of them over the load's wall time; "
                + "the rest went to other work on the machine, or to waiting): %,.0f assets per CPU-second",
                cpuNanos / 1e9, Runtime.getRuntime().availableProcessors(),
                100.0 * cpuNanos / nanos / Runtime.getRuntime().availableProcessors(), size / (cpuNanos / 1e9));
        say("  target >= 20,000 assets/s: %s", rate >= 20_000 ? "MET" : "NOT MET");
    }

    private static void benchRelationships(Driver driver) {
        try (var session = driver.session()) {
            var counts = new ArrayList<String>();
            session.executeRead(tx -> tx.run(COUNT_BENCH_RELATIONSHIPS).list())
                    .forEach(r -> counts.add(String.format(Locale.ROOT, "%s %,d", r.get("type").asString(),
                            r.get("n").asLong())));
            say("synthetic assets' relationships: %s", counts);
        }
    }

    private static ConfigurableApplicationContext start(Path store, String pageCache) {
        // as command-line arguments: they outrank application.yml
        var args = List.of(
                "--spring.main.web-application-type=none",
                "--livingwell.neo4j.embedded.data-directory=" + store,
                "--livingwell.neo4j.embedded.bolt-port=0",
                "--livingwell.neo4j.embedded.page-cache=" + pageCache,
                "--livingwell.neo4j.embedded.transaction-timeout-seconds=1800",
                "--spring.main.banner-mode=off",
                // the service's search warm-up would race the load
                "--livingwell.search.warm-up=false",
                "--logging.level.root=WARN",
                "--logging.level.org.lambeth=INFO");
        return new SpringApplicationBuilder(LivingWellMapApplication.class)
                .run(args.toArray(String[]::new));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Map<String, Object> single(Driver driver, String statement) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(statement).single().asMap());
        }
    }

    private static Map<String, String> options(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            if (!arg.startsWith("--")) {
                throw usage("unexpected argument " + arg);
            }
            var eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                throw usage("no value for " + arg);
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        var value = options.get(name);
        if (value == null || value.isBlank()) {
            throw usage("--" + name + " is required");
        }
        return value;
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + ". Usage: SearchBenchmarkStore --size 10k|100k|1m --store DIR "
                + "[--seed N] [--batch ROWS] [--writers N] [--defer-indexes true|false] [--page-cache SIZE]");
    }

    private static long diskBytes(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void say(String format, Object... args) {
        System.out.println("[store] " + (args.length == 0 ? format : String.format(Locale.ROOT, format, args)));
        System.out.flush();
    }
}
