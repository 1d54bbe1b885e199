package org.lambeth.livingwell.asset.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

/**
 * The load side of the search benchmark ({@code graph-service/bench/search-benchmark.sh}), run in its own JVM,
 * never by the test suite: closed-loop clients send one scenario's GraphQL request over HTTP/1.1, each sending its
 * next request as soon as the previous one answers, and the latencies go into an HdrHistogram.
 *
 * <p>Phases: a warm-up with all the clients (not recorded), then a timed concurrent phase, then a timed
 * single-client phase (the latency targets are about one request's latency, not queueing behind 15 others). Each
 * timed phase prints a human line and a machine line ({@code RESULT key=value …}). With {@code --pid} (and
 * {@code --peer-pid}), the resident memory of those processes is sampled every 200 ms during the phase.
 *
 * <pre>
 * java -cp … org.lambeth.livingwell.asset.bench.SearchLoadDriver --url http://127.0.0.1:8080/graphql \
 *     --scenario near|near-legacy|text|clusters|peer-near --clients 16 --warmup-seconds 10 --seconds 30 \
 *     [--single-seconds 30] [--peer-url http://127.0.0.1:4000/] [--pid N] [--peer-pid N] [--label 100k] \
 *     [--out results.txt] [--timeout-seconds 30] [--http socket|jdk] [--probe true]
 * </pre>
 *
 * A request fails when the HTTP status is not 200, the connection fails or times out, or the body carries GraphQL
 * {@code errors} (or no {@code data}); failures are counted, not timed, and the first one's message is printed.
 * The exit status is 0 when the timed phases answered at least one request, otherwise 3. {@code --probe true}
 * sends one request and prints it ({@code PROBE ok|failed …}; exit status 4 when it failed).
 *
 * <p>HTTP: by default each client has its own keep-alive socket ({@link LoadHttpConnection}), because the driver
 * shares the cores with the service and {@link HttpClient} costs much more CPU per request; {@code --http jdk}
 * uses one shared {@link HttpClient} (HTTP/1.1) instead, for comparison.
 */
public final class SearchLoadDriver {

    /** Latencies up to two minutes, three significant digits, in microseconds. */
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private record Options(URI url, LoadScenario scenario, int clients, double warmupSeconds, double seconds,
            double singleSeconds, Long pid, Long peerPid, String label, Path out, Duration timeout, boolean probe,
            boolean jdkClient) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
                }
                values.put(args[i].substring(2), args[++i]);
            }
            var scenario = LoadScenario.parse(values.getOrDefault("scenario", "near"));
            var url = values.get(scenario == LoadScenario.PEER_NEAR && values.containsKey("peer-url")
                    ? "peer-url" : "url");
            if (url == null) {
                throw new IllegalArgumentException("--url is required (--peer-url for the peer-near scenario)");
            }
            double seconds = Double.parseDouble(values.getOrDefault("seconds", "30"));
            var known = List.of("url", "peer-url", "scenario", "clients", "warmup-seconds", "seconds",
                    "single-seconds", "pid", "peer-pid", "label", "out", "timeout-seconds", "probe", "http");
            for (var name : values.keySet()) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name + " (known: " + known + ")");
                }
            }
            return new Options(URI.create(url), scenario,
                    Integer.parseInt(values.getOrDefault("clients", "16")),
                    Double.parseDouble(values.getOrDefault("warmup-seconds", "10")), seconds,
                    Double.parseDouble(values.getOrDefault("single-seconds", String.valueOf(seconds))),
                    values.containsKey("pid") ? Long.valueOf(values.get("pid")) : null,
                    values.containsKey("peer-pid") ? Long.valueOf(values.get("peer-pid")) : null,
                    values.getOrDefault("label", "-"),
                    values.containsKey("out") ? Path.of(values.get("out")) : null,
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault("timeout-seconds", "30"))),
                    Boolean.parseBoolean(values.getOrDefault("probe", "false")),
                    switch (values.getOrDefault("http", "socket")) {
                        case "socket" -> false;
                        case "jdk" -> true;
                        default -> throw new IllegalArgumentException("--http socket|jdk");
                    });
        }
    }

    private final Options options;
    private final HttpClient http;
    /** Socket connections by client number, kept from one phase to the next. */
    private final List<LoadHttpConnection> connections = new ArrayList<>();

    private SearchLoadDriver(Options options) {
        this.options = options;
        // --http jdk: one client, whose pool keeps one HTTP/1.1 keep-alive connection per concurrent request
        this.http = !options.jdkClient ? null : HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Sends one request body; the answer's status and body. */
    @FunctionalInterface
    private interface Sender {
        LoadHttpConnection.Answer send(String body) throws IOException, InterruptedException;
    }

    private synchronized Sender sender(int client) {
        if (options.jdkClient) {
            return body -> {
                var response = http.send(request(body), HttpResponse.BodyHandlers.ofString());
                return new LoadHttpConnection.Answer(response.statusCode(), response.body());
            };
        }
        while (connections.size() <= client) {
            connections.add(new LoadHttpConnection(options.url, options.timeout));
        }
        var connection = connections.get(client);
        return connection::post;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SearchLoadDriver: " + e.getMessage());
            System.exit(2);
            return;
        }
        LoadScenario.postcodes(); // read before any clock starts
        var driver = new SearchLoadDriver(options);
        if (options.probe) {
            System.exit(driver.probe() ? 0 : 4);
            return;
        }
        System.out.printf(Locale.ROOT,
                "scenario %s against %s: %d clients, warm-up %.0f s, timed %.0f s, then 1 client %.0f s; "
                        + "HTTP client %s; Java %s, %d CPUs, load average %s%n",
                options.scenario.cliName(), options.url, options.clients, options.warmupSeconds, options.seconds,
                options.singleSeconds, options.jdkClient ? "java.net.http" : "socket", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                loadAverage());
        boolean answered = driver.runAll();
        System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
        System.exit(answered ? 0 : 3);
    }

    /** One request: prints {@code PROBE ok …} or {@code PROBE failed …} and says whether it was answered. */
    private boolean probe() {
        var body = options.scenario.nextBody(new Random(LoadScenario.SEED));
        try {
            long started = System.nanoTime();
            var response = sender(0).send(body);
            double ms = (System.nanoTime() - started) / 1e6;
            var failure = LoadResponses.failure(response.status(), response.body());
            if (failure == null) {
                System.out.printf(Locale.ROOT, "PROBE ok scenario=%s ms=%.1f bytes=%d: %s%n",
                        options.scenario.cliName(), ms, response.body().length(),
                        LoadResponses.abbreviate(response.body()));
                return true;
            }
            System.out.printf(Locale.ROOT, "PROBE failed scenario=%s: %s%n", options.scenario.cliName(), failure);
        } catch (IOException e) {
            System.out.printf(Locale.ROOT, "PROBE failed scenario=%s: %s: %s%n", options.scenario.cliName(),
                    e.getClass().getSimpleName(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private HttpRequest request(String body) {
        return HttpRequest.newBuilder(options.url)
                .timeout(options.timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private boolean runAll() throws IOException, InterruptedException {
        if (options.warmupSeconds > 0) {
            var warmup = run("warm-up", options.clients, options.warmupSeconds, 0);
            System.out.printf(Locale.ROOT, "warm-up: %,d answered, %,d errors%s%n", warmup.requests(),
                    warmup.errors(), warmup.firstError() == null ? "" : " (first: " + warmup.firstError() + ")");
        }
        var reports = new ArrayList<LoadReport>();
        if (options.seconds > 0) {
            reports.add(run("concurrent", options.clients, options.seconds, 1_000));
        }
        if (options.singleSeconds > 0) {
            reports.add(run("single", 1, options.singleSeconds, 2_000));
        }
        boolean answered = true;
        for (var report : reports) {
            System.out.println(report.humanLine());
            var line = report.machineLine(options.label);
            System.out.println(line);
            if (options.out != null) {
                Files.writeString(options.out, line + System.lineSeparator(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            answered &= report.requests() > 0;
        }
        return answered;
    }

    /** One phase: {@code clients} closed-loop threads for {@code seconds}; seeds offset so phases differ. */
    private LoadReport run(String phase, int clients, double seconds, int seedOffset) throws InterruptedException {
        var histograms = new ArrayList<Histogram>();
        var errors = new AtomicLong();
        var bytes = new AtomicLong();
        var firstError = new AtomicReference<String>();
        var ready = new CountDownLatch(clients);
        var go = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        long[] window = new long[2];
        for (int i = 0; i < clients; i++) {
            var histogram = new Histogram(HIGHEST_MICROS, 3);
            histograms.add(histogram);
            var random = new Random(LoadScenario.SEED + seedOffset + i);
            var sender = sender(i);
            threads.add(Thread.ofPlatform().name("load-" + phase + "-" + i).start(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                clientLoop(sender, random, histogram, errors, bytes, firstError, window[1]);
            }));
        }
        ready.await();
        try (var service = LoadMemorySampler.start(options.pid);
                var peer = LoadMemorySampler.start(options.peerPid)) {
            long cpuAtStart = ownCpuNanos();
            window[0] = System.nanoTime();
            window[1] = window[0] + (long) (seconds * 1e9);
            go.countDown();
            for (var thread : threads) {
                thread.join();
            }
            double elapsed = (System.nanoTime() - window[0]) / 1e9;
            var all = new Histogram(HIGHEST_MICROS, 3);
            histograms.forEach(all::add);
            long answered = all.getTotalCount();
            return new LoadReport(options.scenario.cliName(), phase, clients, all, errors.get(), firstError.get(),
                    elapsed, memory(service), memory(peer), answered == 0 ? 0 : bytes.get() / answered,
                    (ownCpuNanos() - cpuAtStart) / 1e9);
        }
    }

    private static LoadMemorySampler.Memory memory(LoadMemorySampler sampler) {
        return sampler == null ? LoadMemorySampler.Memory.UNKNOWN : sampler.snapshot();
    }

    private void clientLoop(Sender sender, Random random, Histogram histogram, AtomicLong errors, AtomicLong bytes,
            AtomicReference<String> firstError, long endNanos) {
        while (System.nanoTime() < endNanos) {
            var body = options.scenario.nextBody(random);
            String failure;
            long started = System.nanoTime();
            long micros = 0;
            int size = 0;
            try {
                var response = sender.send(body);
                micros = (System.nanoTime() - started) / 1_000;
                size = response.body().length();
                failure = LoadResponses.failure(response.status(), response.body());
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                pause(); // a refused connection answers at once: don't spin
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (failure == null) {
                histogram.recordValue(Math.min(Math.max(micros, 1), HIGHEST_MICROS));
                bytes.addAndGet(size);
            } else {
                errors.incrementAndGet();
                firstError.compareAndSet(null, failure);
            }
        }
    }

    /** This JVM's CPU time: the load driver shares the cores with the service, so its own use is reported. */
    private static long ownCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String loadAverage() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
