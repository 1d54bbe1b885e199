package org.lambeth.livingwell.asset.bench;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.lambeth.livingwell.seeds.synthetic.SyntheticAsset;
import org.lambeth.livingwell.support.QueryPlans;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Writes synthetic assets through the Neo4j Driver: one {@code UNWIND $rows ... CREATE} statement a batch, one
 * transaction a batch, values only as parameters. Each asset becomes an {@code :Asset} node with the generator's
 * fields as properties ({@code location} a WGS-84 point, {@code updatedAt} a datetime), {@code inBorough},
 * {@code source} and {@code bench: true}, with {@code IN_CATEGORY} to its existing {@code :Category} and
 * {@code LOCATED_IN} to the existing {@code :Locality} nodes that {@link StoreLocalities} finds for its point.
 * Null values and empty lists are left out, so those properties are absent.
 *
 * <p>The rows are built (generation, point-in-polygon, parameter maps) on a thread of their own, a few batches ahead
 * of the writers, so that building overlaps the database's work; {@code writers} sessions write batches side by side
 * (each Bolt session is served by one database thread). The store must not hold these ids yet: it CREATEs, and the
 * {@code asset_id} constraint checks them (during the load, or when {@link StoreSchema} creates it again).</p>
 */
final class SyntheticAssetLoader {

    static final String SOURCE = "Synthetic benchmark data";

    /**
     * The category and the localities come as element ids, looked up once before the load ({@link #targets}): a seek
     * by element id reads the node directly, where a unique-index seek in a write query also takes a lock and walks
     * the index, once a row and once a locality.
     */
    static final String CREATE_ASSETS = """
            UNWIND $rows AS row
            MATCH (c:Category) WHERE elementId(c) = row.category
            CREATE (a:Asset {id: row.id, name: row.name, description: row.description, location: row.location,
                             postcode: row.postcode, weeklyOpen: row.weeklyOpen, openExceptions: row.openExceptions,
                             accessibility: row.accessibility, free: row.free, visibility: row.visibility,
                             updatedAt: row.updatedAt, inBorough: row.inBorough, source: $source, bench: true})
            CREATE (a)-[:IN_CATEGORY]->(c)
            WITH a, row
            UNWIND row.localities AS locality
            MATCH (l:Locality) WHERE elementId(l) = locality
            CREATE (a)-[:LOCATED_IN]->(l)""";

    static final String READ_TARGETS = """
            MATCH (n) WHERE n:Category OR n:Locality
            RETURN CASE WHEN n:Category THEN 'category' ELSE 'locality' END AS kind, n.id AS id,
                   elementId(n) AS elementId""";

    /** What a load did. Times in nanoseconds: {@code waitNanos} is the writers waiting for rows to be built. */
    record Result(long assets, long nodesCreated, long relationshipsCreated, long inBorough, int transactions,
            long nanos, long buildNanos, long waitNanos) {

        double assetsPerSecond() {
            return assets / (nanos / 1e9);
        }
    }

    private record Batch(List<Map<String, Object>> rows, long inBorough) {
    }

    private static final Batch END = new Batch(List.of(), 0);

    private final Driver driver;
    private final StoreLocalities localities;
    private final int batchSize;
    private final int writers;
    private final Consumer<String> progress;
    private final Map<String, String> categoryNodes = new HashMap<>();
    private final Map<String, String> localityNodes = new HashMap<>();

    SyntheticAssetLoader(Driver driver, StoreLocalities localities, int batchSize, int writers,
            Consumer<String> progress) {
        if (batchSize < 1 || writers < 1) {
            throw new IllegalArgumentException("batch size and writers must be positive, were " + batchSize + " and "
                    + writers);
        }
        this.driver = driver;
        this.localities = localities;
        this.batchSize = batchSize;
        this.writers = writers;
        this.progress = progress;
    }

    /** The element ids of the categories and localities, read once. */
    private void targets() {
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(READ_TARGETS).list()).forEach(r -> {
                var nodes = r.get("kind").asString().equals("category") ? categoryNodes : localityNodes;
                nodes.put(r.get("id").asString(), r.get("elementId").asString());
            });
        }
    }

    /** The operators of the statement's plan, leaves last. */
    String plan() {
        return QueryPlans.describe(driver, CREATE_ASSETS, Map.of("rows", List.of(), "source", SOURCE));
    }

    /** Writes the assets (expected: {@code size} of them); fails if any asset was not created. */
    Result load(Stream<SyntheticAsset> assets, int size) throws InterruptedException {
        long started = System.nanoTime();
        targets();
        var queue = new ArrayBlockingQueue<Batch>(writers + 1); // few batches alive: less for the GC to copy
        var failure = new AtomicReference<Throwable>();
        var buildNanos = new AtomicLong();
        var producer = Thread.ofPlatform().name("synthetic-asset-rows").daemon()
                .start(() -> produce(assets, queue, failure, buildNanos));
        var totals = new Totals();
        var threads = new ArrayList<Thread>();
        for (int w = 0; w < writers; w++) {
            threads.add(Thread.ofPlatform().name("synthetic-asset-writer-" + w)
                    .start(() -> write(queue, totals, failure, started, size)));
        }
        for (var thread : threads) {
            thread.join();
        }
        producer.interrupt();
        producer.join();
        if (failure.get() != null) {
            throw new IllegalStateException("loading failed: " + failure.get(), failure.get());
        }
        try (var session = driver.session()) {
            session.run("CALL db.awaitIndexes(600)").consume();
        }
        long nanos = System.nanoTime() - started;
        if (totals.assets.get() != size || totals.nodes.get() != size) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                    "expected %,d assets, wrote %,d rows and created %,d nodes (a category missing?)", size,
                    totals.assets.get(), totals.nodes.get()));
        }
        return new Result(totals.assets.get(), totals.nodes.get(), totals.relationships.get(), totals.inBorough.get(),
                totals.transactions.get(), nanos, buildNanos.get(), totals.waited.get());
    }

    private static final class Totals {
        final AtomicLong nodes = new AtomicLong();
        final AtomicLong relationships = new AtomicLong();
        final AtomicLong assets = new AtomicLong();
        final AtomicLong inBorough = new AtomicLong();
        final AtomicLong waited = new AtomicLong();
        final AtomicInteger transactions = new AtomicInteger();
    }

    /** One writer: takes batches until the end marker (which it puts back for the other writers). */
    private void write(BlockingQueue<Batch> queue, Totals totals, AtomicReference<Throwable> failure, long started,
            int size) {
        var config = TransactionConfig.builder().withTimeout(Duration.ofMinutes(10)).build();
        try (var session = driver.session()) {
            while (failure.get() == null) {
                long waiting = System.nanoTime();
                var batch = queue.take();
                totals.waited.addAndGet(System.nanoTime() - waiting);
                if (batch == END) {
                    queue.put(END);
                    return;
                }
                var parameters = Map.<String, Object>of("rows", batch.rows(), "source", SOURCE);
                var counters = session.executeWrite(tx -> tx.run(CREATE_ASSETS, parameters).consume(), config)
                        .counters();
                totals.nodes.addAndGet(counters.nodesCreated());
                totals.relationships.addAndGet(counters.relationshipsCreated());
                long written = totals.assets.addAndGet(batch.rows().size());
                totals.inBorough.addAndGet(batch.inBorough());
                if (totals.transactions.incrementAndGet() % 10 == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    progress.accept(String.format(java.util.Locale.ROOT, "  %,d of %,d assets, %.1f s, %,.0f/s",
                            written, size, seconds, written / seconds));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        }
    }

    private void produce(Stream<SyntheticAsset> assets, BlockingQueue<Batch> queue,
            AtomicReference<Throwable> failure, AtomicLong buildNanos) {
        try {
            var iterator = assets.iterator();
            while (iterator.hasNext() && failure.get() == null) {
                long building = System.nanoTime();
                var rows = new ArrayList<Map<String, Object>>(batchSize);
                long inBorough = 0;
                while (rows.size() < batchSize && iterator.hasNext()) {
                    var asset = iterator.next();
                    var place = localities.place(asset.latitude(), asset.longitude());
                    rows.add(row(asset, place));
                    if (place.inBorough()) {
                        inBorough++;
                    }
                }
                buildNanos.addAndGet(System.nanoTime() - building);
                queue.put(new Batch(rows, inBorough));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            try {
                queue.put(END); // wakes writers waiting for rows; interrupted once they have stopped
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The parameter row of one asset; nulls and empty lists are left out (absent properties). */
    Map<String, Object> row(SyntheticAsset asset, StoreLocalities.Place place) {
        var row = HashMap.<String, Object>newHashMap(16);
        row.put("id", asset.id());
        row.put("name", asset.name());
        row.put("description", asset.description());
        row.put("location", point(asset.latitude(), asset.longitude()));
        putIfPresent(row, "postcode", asset.postcode());
        row.put("category", require(categoryNodes, asset.categoryId(), "category"));
        if (asset.weeklyOpen().length > 0) {
            row.put("weeklyOpen", asset.weeklyOpen());
        }
        if (asset.openExceptions().length > 0) {
            row.put("openExceptions", asset.openExceptions());
        }
        if (!asset.accessibility().isEmpty()) {
            row.put("accessibility", asset.accessibility());
        }
        putIfPresent(row, "free", asset.free());
        row.put("visibility", asset.visibility());
        row.put("updatedAt", OffsetDateTime.ofInstant(asset.updatedAt(), ZoneOffset.UTC));
        row.put("inBorough", place.inBorough());
        if (!place.localities().isEmpty()) {
            var nodes = new ArrayList<String>(place.localities().size());
            place.localities().forEach(id -> nodes.add(require(localityNodes, id, "locality")));
            row.put("localities", nodes);
        }
        return row;
    }

    /** A WGS-84 2D point (SRID 4326: x longitude, y latitude), as point({latitude, longitude}) makes. */
    static Value point(double latitude, double longitude) {
        return Values.point(4326, longitude, latitude);
    }

    private static String require(Map<String, String> nodes, String id, String what) {
        var node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("no " + what + " " + id + " in the store: are the real seeds loaded?");
        }
        return node;
    }

    private static void putIfPresent(Map<String, Object> row, String key, Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
