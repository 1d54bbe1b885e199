package org.lambeth.livingwell.analysis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lambeth.livingwell.LivingWellMapApplication;
import org.lambeth.livingwell.analysis.AnalysisProperties;
import org.lambeth.livingwell.analysis.graph.BetweennessScores;
import org.lambeth.livingwell.analysis.graph.CrossSideTies;
import org.lambeth.livingwell.analysis.graph.CutVertices;
import org.lambeth.livingwell.analysis.graph.DepartureImpacts;
import org.lambeth.livingwell.analysis.graph.IndependentPaths;
import org.lambeth.livingwell.analysis.graph.Tie;
import org.lambeth.livingwell.analysis.graph.TieGraph;
import org.lambeth.livingwell.analysis.graph.TieNode;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network analysis benchmark: loads a deterministic synthetic network ({@link SyntheticNetwork}) into the real
 * application (embedded Neo4j, migrations and the real seeds), then times the North-South networkStrength and the
 * keyConnectors reports over GraphQL/HTTP, and each step of them in-process (projection from Neo4j, graph build,
 * cross ties, articulation points and bridges, the minimum cut, departures, betweenness), with heap figures and,
 * for slow steps, where the time goes. Prints the figures and keeps them in
 * {@code target/bench-results/network-analysis-<size>.txt}.
 *
 * <p>Not part of the normal build: its name matches neither Surefire's nor Failsafe's default includes; the
 * {@code bench} profile of graph-service/pom.xml runs it alone. See BENCHMARKS.md.</p>
 *
 * <p>System properties (all optional):</p>
 * <ul>
 * <li>{@code bench.sizes}: {@code 10k,100k} by default; {@code 1m} for the million-node run (see
 * {@link BenchSize})</li>
 * <li>{@code bench.http}: {@code auto} (over GraphQL up to 200k nodes), {@code always} or {@code never};
 * {@code bench.queries}: {@code networkStrength,keyConnectors}; {@code bench.warmups} (1), {@code bench.runs} (5);
 * {@code bench.slow-seconds} (120: a query whose warm-up takes longer is not run again, its warm-up is the
 * figure)</li>
 * <li>{@code bench.betweenness}: {@code true} (time BetweennessScores in-process, with the application's exact limit
 * and sample size); {@code bench.service-calls}: call the networkStrength service in-process after the GraphQL runs
 * (by default up to 200k nodes)</li>
 * <li>{@code bench.chunk}: rows a transaction when loading (20000); {@code bench.page-cache}: Neo4j page cache (by
 * default 512m, 1g or 2g by size)</li>
 * <li>{@code bench.reuse-store}: {@code false}; {@code true} keeps a store left by an earlier run of the same size
 * when it holds the same synthetic people, and skips loading (for repeated measurements; the store is otherwise
 * deleted first); {@code bench.keep-store}: {@code true} (leave the store under target/ afterwards)</li>
 * </ul>
 */
class NetworkAnalysisBenchmark {

    private static final String NORTH = SyntheticNetwork.NORTH;
    private static final String SOUTH = SyntheticNetwork.SOUTH;
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    private static final long SLOW_STEP_NANOS = 1_000_000_000L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String NETWORK_STRENGTH = """
            { networkStrength { crossTies independentPaths eiIndex sides { members ties } } }""";
    static final String KEY_CONNECTORS = """
            { keyConnectors(top: 10) { members ties betweennessSampled betweennessSampleSize
                articulationPoints { kind } } }""";

    static Stream<BenchSize> sizes() {
        return BenchSize.parseAll(System.getProperty("bench.sizes", "10k,100k")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void networkAnalysis(BenchSize size) throws Exception {
        var base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        var report = new BenchReport(base.resolve("target/bench-results/network-analysis-" + size.name() + ".txt"));
        report.line("== Network analysis benchmark: %s (%,d nodes / %,d relationships) ==", size.name(),
                size.nodes(), size.relationships());
        machine(report);
        codeUnderTest(base, report);

        var store = base.resolve("target/bench-store-" + size.name());
        boolean reuse = Boolean.getBoolean("bench.reuse-store") && Files.isDirectory(store);
        if (!reuse) {
            deleteRecursively(store);
        }
        var pageCache = System.getProperty("bench.page-cache",
                size.nodes() <= 20_000 ? "512m" : size.nodes() <= 200_000 ? "1g" : "2g");
        report.line("store %s (%s), page cache %s", base.relativize(store), reuse ? "reused" : "fresh", pageCache);

        long started = System.nanoTime();
        var context = start(store, pageCache);
        try {
            report.line("application ready (embedded Neo4j, migrations, real seeds) in %s",
                    BenchReport.seconds(System.nanoTime() - started));
            var driver = context.getBean(Driver.class);
            var network = generate(size, driver, report);
            if (reuse && benchPeople(driver) == network.people) {
                report.line("loading skipped: the store already holds the %,d synthetic people (bench.reuse-store)",
                        network.people);
            } else {
                assertThat(benchPeople(driver)).as("synthetic people in a reused store: delete %s", store).isZero();
                load(network, driver, report);
            }
            storeCounts(driver, report);
            if (httpFor(size)) {
                overGraphQl(context, report, size);
                if (Boolean.parseBoolean(System.getProperty("bench.service-calls",
                        String.valueOf(size.nodes() <= 200_000)))) {
                    serviceCalls(context, report);
                }
            }
            inProcess(context, report, size);
        } finally {
            long closing = System.nanoTime();
            context.close();
            report.progress("application closed in %s", BenchReport.seconds(System.nanoTime() - closing));
            if (!Boolean.parseBoolean(System.getProperty("bench.keep-store", "true"))) {
                deleteRecursively(store);
            }
        }
        report.line("figures kept in %s", base.relativize(report.file()));
    }

    // ---- set-up -------------------------------------------------------------------------------------------------

    private static void machine(BenchReport report) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var runtime = ManagementFactory.getRuntimeMXBean();
        var xmx = runtime.getInputArguments().stream().filter(a -> a.startsWith("-Xmx")).findFirst()
                .orElse("(no -Xmx)");
        report.line("date %s", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        report.line("machine: %d processors (%s), %.1f GiB memory, %s %s", Runtime.getRuntime().availableProcessors(),
                cpuModel(), os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.version"));
        report.line("load average (1/5/15 min) at start: %s", loadAverage());
        report.line("JVM: %s %s (%s), %s, max heap %s, GC %s", System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"), xmx,
                BenchReport.mib(Runtime.getRuntime().maxMemory()),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    }

    /**
     * Which code was measured: other people change the analysis while figures are taken, so a digest of its sources
     * (analysis/**.java of graph-service and the analysis Cypher) goes with them.
     */
    private static void codeUnderTest(Path base, BenchReport report) throws IOException {
        var roots = List.of(base.resolve("src/main/java/org/lambeth/livingwell/analysis"),
                base.resolve("../queries/src/main/resources/cypher/analysis").normalize());
        var files = new ArrayList<Path>();
        for (var root : roots) {
            if (Files.isDirectory(root)) {
                try (var walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            var newest = java.nio.file.attribute.FileTime.fromMillis(0);
            for (var file : files) {
                digest.update(base.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
                var modified = Files.getLastModifiedTime(file);
                newest = modified.compareTo(newest) > 0 ? modified : newest;
            }
            report.line("code under test: sha256 %s of %d files (graph-service analysis/**, queries "
                    + "cypher/analysis/*), newest modified %s", java.util.HexFormat.of().formatHex(digest.digest())
                    .substring(0, 16), files.size(), newest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | UncheckedIOException e) {
            return "unknown CPU";
        }
    }

    /** The load average of the machine (/proc/loadavg): other work on it skews the figures. */
    static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The benchmark's own user (a random password each run would do as well: it never leaves this JVM). */
    private static final String[] BENCH_USER = {"bench", "bench-password"};

    private static ConfigurableApplicationContext start(Path store, String pageCache) {
        // as command-line arguments: they outrank application.yml (builder "properties" would not)
        var args = List.of(
                "--server.port=0",
                "--livingwell.neo4j.embedded.data-directory=" + store,
                "--livingwell.neo4j.embedded.bolt-port=0",
                "--livingwell.neo4j.embedded.page-cache=" + pageCache,
                "--livingwell.neo4j.embedded.transaction-timeout-seconds=1800",
                "--livingwell.analysis.max-members=5000000",
                "--livingwell.analysis.time-limit-seconds=600",
                // GraphQL over MVC answers asynchronously: a long analysis would otherwise hit the async timeout
                "--spring.mvc.async.request-timeout=900s",
                // the analysis is for signed-in roles: a user of the benchmark's own (people stay anonymous, as
                // for a peer supporter), and a rate limit that does not count its runs
                "--livingwell.security.users[0].username=" + BENCH_USER[0],
                "--livingwell.security.users[0].password-hash="
                        + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(BENCH_USER[1]),
                "--livingwell.security.users[0].role=PEER_SUPPORTER",
                "--livingwell.security.rate-limit.signed-in-per-minute=1000000",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.lambeth=INFO");
        var context = new SpringApplicationBuilder(LivingWellMapApplication.class).run(args.toArray(String[]::new));
        var environment = context.getEnvironment();
        assertThat(Path.of(environment.getRequiredProperty("livingwell.neo4j.embedded.data-directory")))
                .isEqualTo(store);
        assertThat(environment.getRequiredProperty("livingwell.analysis.time-limit-seconds")).isEqualTo("600");
        return context;
    }

    private static SyntheticNetwork generate(BenchSize size, Driver driver, BenchReport report) {
        var wards = new ArrayList<SyntheticNetwork.Ward>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run("""
                    MATCH (w:Locality {kind: 'WARD'})-[:PART_OF]->(h:Locality)
                    WHERE h.id IN $halves
                    RETURN w.id AS ward, h.id AS half ORDER BY ward""", Map.of("halves", List.of(NORTH, SOUTH)))
                    .list()).forEach(r -> wards.add(new SyntheticNetwork.Ward(r.get("ward").asString(),
                            r.get("half").asString())));
        }
        long started = System.nanoTime();
        var network = SyntheticNetwork.generate(size, wards, SyntheticNetwork.SEED);
        long took = System.nanoTime() - started;
        var again = SyntheticNetwork.generate(size, wards, SyntheticNetwork.SEED);
        assertThat(again.fingerprint()).as("the generator is deterministic").isEqualTo(network.fingerprint());
        long northWards = wards.stream().filter(w -> w.half().equals(NORTH)).count();
        report.line("generated in %s (seed %d, fingerprint %016x, same on a second run): %,d wards (%d north, %d "
                + "south)", BenchReport.seconds(took), SyntheticNetwork.SEED, network.fingerprint(), wards.size(),
                northWards, wards.size() - northWards);
        report.line("  %,d people (%,d north = %.1f%%), %,d organisations (borough-wide), %,d bridging people",
                network.people, network.northPeople, 100.0 * network.northPeople / network.people,
                network.organisations, network.bridgingPeople);
        report.line("  %,d nodes, %,d relationships: %,d LOCATED_IN, %,d KNOWS, %,d MEMBER_OF, %,d WORKS_WITH",
                network.people + network.organisations, network.relationships(), network.people, network.knows.size,
                network.memberships.size, network.worksWith.size);
        return network;
    }

    private static long benchPeople(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (p:Person) WHERE p.bench = true RETURN count(p) AS n")
                    .single().get("n").asLong());
        }
    }

    private static void load(SyntheticNetwork network, Driver driver, BenchReport report) {
        int chunk = Integer.getInteger("bench.chunk", 20_000);
        List<SyntheticNetworkLoader.Step> steps;
        long took;
        try (var heap = HeapWatch.start()) {
            long started = System.nanoTime();
            steps = new SyntheticNetworkLoader(driver, chunk, report).load(network);
            took = System.nanoTime() - started;
            long rows = steps.stream().mapToLong(SyntheticNetworkLoader.Step::rows).sum();
            long nodes = steps.stream().mapToLong(SyntheticNetworkLoader.Step::nodesCreated).sum();
            long rels = steps.stream().mapToLong(SyntheticNetworkLoader.Step::relationshipsCreated).sum();
            report.line("loaded %,d rows (+%,d nodes, +%,d relationships) in %s: %,.0f rows/s (%,.0f nodes and "
                    + "relationships/s), %,d rows a transaction", rows, nodes, rels, BenchReport.seconds(took),
                    rows / (took / 1e9), (nodes + rels) / (took / 1e9), chunk);
            report.line("  while loading: %s; load average %s", heap.figures(), loadAverage());
            assertThat(nodes).isEqualTo((long) network.people + network.organisations);
            assertThat(rels).isEqualTo(network.relationships());
        }
    }

    private static void storeCounts(Driver driver, BenchReport report) {
        try (var session = driver.session()) {
            var counts = session.executeRead(tx -> tx.run("""
                    CALL () { MATCH (n) RETURN count(n) AS nodes }
                    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                    CALL () { MATCH (p:Person) RETURN count(p) AS people }
                    CALL () { MATCH ()-[k:KNOWS]->() RETURN count(k) AS knows }
                    RETURN nodes, relationships, people, knows""").single());
            report.line("store holds %,d nodes and %,d relationships (%,d people, %,d KNOWS; seeds included)",
                    counts.get("nodes").asLong(), counts.get("relationships").asLong(), counts.get("people").asLong(),
                    counts.get("knows").asLong());
        }
    }

    private static boolean httpFor(BenchSize size) {
        return switch (System.getProperty("bench.http", "auto")) {
            case "always" -> true;
            case "never" -> false;
            default -> size.nodes() <= 200_000;
        };
    }

    // ---- over GraphQL/HTTP --------------------------------------------------------------------------------------

    private static void overGraphQl(ConfigurableApplicationContext context, BenchReport report, BenchSize size) {
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        var graphql = new GraphQl(port);
        int warmups = Integer.getInteger("bench.warmups", 1);
        int runs = Integer.getInteger("bench.runs", 5);
        var queries = Set.of(System.getProperty("bench.queries", "networkStrength,keyConnectors").split(","));
        report.line("-- over GraphQL (POST http://127.0.0.1:%d/graphql): %d warm-up, %d timed runs --", port, warmups,
                runs);
        try (var heap = HeapWatch.start()) {
            if (queries.contains("networkStrength")) {
                var strength = timeQuery(graphql, NETWORK_STRENGTH, warmups, runs);
                var s = strength.data().path("networkStrength");
                report.line("networkStrength  p50 %s  max %s  min %s  (warm-up %s, runs %s)", strength.p50(),
                        strength.max(), strength.min(), BenchReport.seconds(strength.warmupNanos()), strength.all());
                report.line("  crossTies %d, independentPaths %d, eiIndex %.4f, north %d members / %d ties, "
                        + "south %d / %d", s.path("crossTies").asInt(), s.path("independentPaths").asInt(),
                        s.path("eiIndex").asDouble(), s.path("sides").get(0).path("members").asInt(),
                        s.path("sides").get(0).path("ties").asInt(), s.path("sides").get(1).path("members").asInt(),
                        s.path("sides").get(1).path("ties").asInt());
                if (size.nodes() <= 20_000) {
                    report.line("target: networkStrength <= 2 s at 10k: %s", verdict(strength, 2));
                } else if (size.nodes() <= 200_000) {
                    report.line("target: networkStrength <= 15 s at 100k: %s", verdict(strength, 15));
                }
            }
            if (queries.contains("keyConnectors")) {
                var connectors = timeQuery(graphql, KEY_CONNECTORS, warmups, runs);
                var k = connectors.data().path("keyConnectors");
                report.line("keyConnectors    p50 %s  max %s  min %s  (warm-up %s, runs %s)", connectors.p50(),
                        connectors.max(), connectors.min(), BenchReport.seconds(connectors.warmupNanos()),
                        connectors.all());
                report.line("  members %d, ties %d, betweennessSampled %s (sample %d), articulationPoints %d",
                        k.path("members").asInt(), k.path("ties").asInt(), k.path("betweennessSampled").asBoolean(),
                        k.path("betweennessSampleSize").asInt(), k.path("articulationPoints").size());
                if (size.nodes() > 20_000 && size.nodes() <= 200_000) {
                    report.line("target: keyConnectors <= 15 s at 100k (sampled betweenness): %s",
                            verdict(connectors, 15));
                }
            }
            report.line("  over the GraphQL runs: %s; load average %s", heap.figures(), loadAverage());
        }
    }

    private static String verdict(Timings timings, double limitSeconds) {
        double limit = limitSeconds * 1e9;
        return String.format(java.util.Locale.ROOT, "p50 %s, max %s -> %s", timings.p50(), timings.max(),
                timings.maxNanos() <= limit ? "MET" : timings.p50Nanos() <= limit ? "MET at p50, not at max"
                        : "NOT MET");
    }

    /** Timings of one query, and the data of its last answer. */
    record Timings(long warmupNanos, long[] nanos, JsonNode data) {

        private long[] sorted() {
            var copy = nanos.clone();
            Arrays.sort(copy);
            return copy;
        }

        long p50Nanos() {
            var s = sorted();
            return s[(s.length - 1) / 2];
        }

        long maxNanos() {
            return sorted()[nanos.length - 1];
        }

        String p50() {
            return BenchReport.seconds(p50Nanos());
        }

        String max() {
            return BenchReport.seconds(maxNanos());
        }

        String min() {
            return BenchReport.seconds(sorted()[0]);
        }

        String all() {
            return Arrays.stream(nanos).mapToObj(BenchReport::seconds).toList().toString();
        }
    }

    /**
     * Warm-up runs, then timed runs. A query whose warm-up took longer than {@code bench.slow-seconds} (120) is not
     * run again: its warm-up is the one figure (a query of minutes is warm after its first seconds).
     */
    private static Timings timeQuery(GraphQl graphql, String query, int warmups, int runs) {
        long warmup = 0;
        JsonNode data = null;
        for (int i = 0; i < warmups; i++) {
            long started = System.nanoTime();
            data = graphql.data(query);
            warmup = Math.max(warmup, System.nanoTime() - started);
        }
        if (warmup > Long.getLong("bench.slow-seconds", 120) * 1_000_000_000L) {
            return new Timings(warmup, new long[] { warmup }, data);
        }
        var nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            data = graphql.data(query);
            nanos[i] = System.nanoTime() - started;
        }
        return new Timings(warmup, nanos, data);
    }

    /** A GraphQL client over plain HTTP, as a partner tool would call the service. */
    private static final class GraphQl {

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final URI endpoint;

        private final String session;

        GraphQl(int port) {
            endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
            session = org.lambeth.livingwell.support.GraphQlHttp.login(port, BENCH_USER);
        }

        JsonNode data(String query) {
            try {
                var request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(15))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("Cookie", session)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
                        .build();
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
                }
                var body = JSON.readTree(response.body());
                if (body.has("errors")) {
                    throw new AssertionError("GraphQL errors: " + body.get("errors"));
                }
                return body.get("data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The networkStrength service method called in-process (reflection: it is package-private), up to three times
     * ({@code bench.runs}) after the GraphQL runs warmed it up: the report without HTTP, JSON and GraphQL around it.
     */
    private static void serviceCalls(ConfigurableApplicationContext context, BenchReport report) throws Exception {
        if (!System.getProperty("bench.queries", "networkStrength").contains("networkStrength")) {
            return;
        }
        var serviceClass = Class.forName("org.lambeth.livingwell.analysis.NetworkStrengthAnalysis");
        var networkStrength = accessible(serviceClass.getDeclaredMethod("networkStrength", List.class,
                LocalDate.class, List.class, boolean.class));
        var service = context.getBean(serviceClass);
        var nanos = new long[Math.max(1, Math.min(3, Integer.getInteger("bench.runs", 5)))];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            // as over GraphQL for the benchmark's PEER_SUPPORTER: people not named
            invoke(networkStrength, service, null, null, null, false);
            nanos[i] = System.nanoTime() - started;
        }
        var timings = new Timings(0, nanos, null);
        report.line("NetworkStrengthAnalysis.networkStrength in-process (no HTTP/GraphQL): p50 %s  max %s  (runs %s)",
                timings.p50(), timings.max(), timings.all());
    }

    // ---- in-process steps ---------------------------------------------------------------------------------------

    private static void inProcess(ConfigurableApplicationContext context, BenchReport report, BenchSize size)
            throws Exception {
        report.line("-- in-process steps (the services' own classes, on a thread with a %d MiB stack as the analysis"
                + " runner uses) --", STACK_BYTES >> 20);
        onBigStack(() -> {
            steps(context, report, size);
            return null;
        });
    }

    private static void steps(ConfigurableApplicationContext context, BenchReport report, BenchSize size)
            throws Exception {
        var projectorClass = Class.forName("org.lambeth.livingwell.analysis.NetworkProjector");
        var projectionClass = Class.forName("org.lambeth.livingwell.analysis.Projection");
        var project = accessible(projectorClass.getDeclaredMethod("project", List.class, String.class,
                LocalDate.class));
        var ofKinds = accessible(projectionClass.getDeclaredMethod("ofKinds", Set.class));
        var membersOf = accessible(projectionClass.getDeclaredMethod("members"));
        var tiesOf = accessible(projectionClass.getDeclaredMethod("ties"));
        var indexed = accessible(TieGraph.class.getDeclaredMethod("indexed"));
        var projector = context.getBean(projectorClass);

        var took = new LinkedHashMap<String, Long>();
        try (var heap = HeapWatch.start()) {
            var projection = timed(report, took, "project",
                    "projection (NetworkProjector: project_network.cypher over Bolt, objects, sort)",
                    () -> invoke(project, projector, List.of(NORTH, SOUTH), null, null));
            var cypherRows = timed(report, took, "cypher",
                    "  compare: the same Cypher inside Neo4j (embedded API, rows visited; no Bolt, no objects)",
                    () -> cypherOnly(context));
            report.line("    %,d rows", cypherRows);
            var all = timed(report, took, "ofKinds", "Projection.ofKinds (all kinds)",
                    () -> invoke(ofKinds, projection, Set.of()));
            @SuppressWarnings("unchecked")
            var members = (List<TieNode>) invoke(membersOf, all);
            @SuppressWarnings("unchecked")
            var ties = (List<Tie>) invoke(tiesOf, all);
            report.line("  projected %,d members and %,d ties", members.size(), ties.size());
            var graph = timed(report, took, "graph", "TieGraph.of (JGraphT graph)", () -> TieGraph.of(members, ties));
            report.line("  graph: %,d nodes, %,d edges (parallel ties merged)", graph.nodeCount(), graph.tieCount());
            timed(report, took, "indexed", "IndexedGraph (TieGraph.indexed: CSR arrays, built once, shared)",
                    () -> invoke(indexed, graph));
            var cross = timed(report, took, "cross", "CrossSideTies.measure",
                    () -> CrossSideTies.measure(graph, NORTH, SOUTH));
            report.line("  crossTies %,d, eiIndex %.4f, north %,d nodes / %,d ties, south %,d / %,d",
                    cross.crossTies(), cross.eiIndex(), cross.a().nodes(), cross.a().ties(), cross.b().nodes(),
                    cross.b().ties());
            var cut = timed(report, took, "cut", "IndependentPaths.between (minimum vertex cut, max flow)",
                    () -> IndependentPaths.between(graph, NORTH, SOUTH));
            report.line("  independentPaths %,d, minimum cut of %,d members", cut.independentPaths(),
                    cut.cutMembers().size());
            var connectors = timed(report, took, "cutVertices", "CutVertices.find (articulation points + bridges)",
                    () -> CutVertices.find(graph));
            report.line("  %,d articulation points, %,d bridges", connectors.articulationPoints().size(),
                    connectors.bridges().size());
            timed(report, took, "departures", "DepartureImpacts.rank (top 10)",
                    () -> DepartureImpacts.rank(graph, connectors.articulationPoints(), 10));
            if (Boolean.parseBoolean(System.getProperty("bench.betweenness", "true"))) {
                var settings = context.getBean(AnalysisProperties.class);
                var betweenness = timed(report, took, "betweenness", String.format(java.util.Locale.ROOT,
                        "BetweennessScores.compute (exact <= %,d nodes, else %,d sampled sources)",
                        settings.exactBetweennessLimit(), settings.betweennessSample()),
                        () -> BetweennessScores.compute(graph, settings.exactBetweennessLimit(),
                                settings.betweennessSample(), 20141211L));
                report.line("  betweenness sampled %s, sample %,d", betweenness.sampled(), betweenness.sampleSize());
            } else {
                report.line("BetweennessScores.compute: not timed (bench.betweenness=false)");
            }
            var figures = heap.figures();
            long live = BenchReport.liveHeapBytes();
            long strength = sum(took, "project", "ofKinds", "graph", "indexed", "cross", "cut");
            long connectorSteps = sum(took, "project", "graph", "indexed", "cutVertices", "departures",
                    "betweenness");
            report.line("networkStrength steps (projection + ofKinds + graph + index + cross ties + min cut) %s",
                    BenchReport.seconds(strength));
            report.line("keyConnectors steps (projection + graph + index + cut vertices + departures + betweenness)"
                    + " %s", BenchReport.seconds(connectorSteps));
            report.line("  over the in-process steps: %s", figures);
            report.line("  live heap holding the projection and graph (after a full GC) %s; max heap %s; load "
                    + "average %s", BenchReport.mib(live), BenchReport.mib(Runtime.getRuntime().maxMemory()),
                    loadAverage());
            if (size.nodes() >= 1_000_000) {
                long articulation = sum(took, "indexed", "cutVertices");
                report.line("target: articulation points + bridges <= 60 s at 1M: CutVertices.find %s + IndexedGraph"
                        + " %s = %s -> %s", BenchReport.seconds(took.get("cutVertices")),
                        BenchReport.seconds(took.get("indexed")), BenchReport.seconds(articulation),
                        articulation <= 60e9 ? "MET" : "NOT MET");
                report.line("target: minimum cut <= 60 s at 1M: IndependentPaths.between %s -> %s",
                        BenchReport.seconds(took.get("cut")), took.get("cut") <= 60e9 ? "MET" : "NOT MET");
                long both = sum(took, "indexed", "cutVertices", "cut");
                report.line("  both on the projected graph: %s; with projection and graph build: %s",
                        BenchReport.seconds(both), BenchReport.seconds(both + sum(took, "project", "graph")));
            }
            // keep the projection and graph reachable until the live heap was measured
            assertThat(graph.nodeCount()).isPositive();
            assertThat(projection).isNotNull();
        }
    }

    /** Runs the projection statement inside the embedded database and visits its rows: Cypher without Bolt. */
    private static long cypherOnly(ConfigurableApplicationContext context) {
        var statement = context.getBean(CypherCatalogue.class).get("analysis/project_network");
        var database = context.getBean(DatabaseManagementService.class)
                .database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var parameters = new HashMap<String, Object>();
        parameters.put("sides", List.of(NORTH, SOUTH));
        parameters.put("scope", null);
        parameters.put("asOf", null);
        return database.executeTransactionally(statement, parameters, result -> {
            long[] rows = { 0 };
            result.accept(row -> {
                rows[0]++;
                return true;
            });
            return rows[0];
        });
    }

    private static long sum(Map<String, Long> took, String... steps) {
        return Arrays.stream(steps).mapToLong(s -> took.getOrDefault(s, 0L)).sum();
    }

    /** Times one step; for a slow one, also where its time went (stack samples of this thread). */
    private static <T> T timed(BenchReport report, Map<String, Long> took, String key, String step,
            Callable<T> work) throws Exception {
        long gc = HeapWatch.gcMillis();
        long started = System.nanoTime();
        T result;
        List<String> hotSpots;
        int samples;
        try (var sampler = new StackSampler(Thread.currentThread())) {
            result = work.call();
            sampler.close();
            hotSpots = sampler.hotSpots(5);
            samples = sampler.samples();
        }
        long nanos = System.nanoTime() - started;
        took.put(key, nanos);
        report.line("%-84s %10s  (GC %,d ms)", step, BenchReport.seconds(nanos), HeapWatch.gcMillis() - gc);
        if (nanos >= SLOW_STEP_NANOS) {
            report.line("      where the time went (%,d stack samples, 20 ms apart):", samples);
            hotSpots.forEach(line -> report.line("      %s", line));
        }
        return result;
    }

    private static Method accessible(Method method) {
        method.setAccessible(true);
        return method;
    }

    private static Object invoke(Method method, Object target, Object... args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void onBigStack(Callable<Void> work) throws Exception {
        var failure = new AtomicReference<Throwable>();
        var thread = new Thread(null, () -> {
            try {
                work.call();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "bench-analysis", STACK_BYTES);
        thread.start();
        thread.join();
        if (failure.get() instanceof Exception e) {
            throw e;
        } else if (failure.get() instanceof Error e) {
            throw e;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
