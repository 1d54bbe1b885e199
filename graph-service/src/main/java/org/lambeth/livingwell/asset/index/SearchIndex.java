package org.lambeth.livingwell.asset.index;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.lambeth.livingwell.asset.AssetSort;
import org.lambeth.livingwell.asset.AssetView;
import org.lambeth.livingwell.asset.SearchFilter;
import org.lambeth.livingwell.asset.Visibility;
import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.lambeth.livingwell.live.ChangeFeed;
import org.lambeth.livingwell.live.ChangeKind;
import org.lambeth.livingwell.locality.LocalityView;
import org.lambeth.livingwell.store.CommitMarks;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The assets' places held in memory for {@code assetClusters}, {@code assetFacets} and lists in NAME, DISTANCE or
 * RELEVANCE order, so that clustering, counting or ranking a box or a circle is one pass over arrays instead of a
 * Cypher aggregation over every asset in it; with words, the pass is over the matches of an in-memory text index
 * ({@link AssetTexts}) instead. Neo4j stays the only source: before each answer the index reads the change
 * feed's position and the asset, category and locality counts (one small read) and catches up by reloading the
 * assets the feed names as changed, so a change made through any instance is in the next answer. With the embedded
 * database that read is skipped while nothing at all has been committed since the index was last found current
 * ({@link CommitMarks}). An import, a resync
 * or a count the feed does not explain (seeds, a restore, a bulk load) rebuilds it on a background thread; until it
 * is current again the caller answers from Cypher.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** More changes than this since the index's position: rebuild rather than reload them one by one. */
    public static final int MAX_CHANGES = 1_000;
    /** Reading a million assets takes seconds, more on a busy machine: the build's own time limit, not the default. */
    private static final TransactionConfig BUILD_TIME_LIMIT = TransactionConfig.builder()
            .withTimeout(Duration.ofMinutes(10)).build();

    private record Version(long position, long assets, long categories, long localities) {
    }

    private record State(IndexedAssets points, AssetTexts texts, IndexedCategories categories,
            IndexedLocalities localities, long position) {
    }

    /** One answer: the cells, and the categories and localities their points' numbers refer to. */
    public record Clustered(List<GridCell> cells, IndexedCategories categories, IndexedLocalities localities) {
    }

    /** One facet answer: the counts, and the categories and localities their numbers refer to. */
    public record Faceted(FacetTally tally, IndexedCategories categories, IndexedLocalities localities) {
    }

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final ChangeFeed feed;
    private final CommitMarks commits;
    /** The commit mark at which the index was last found current; NONE after a rebuild was started. */
    private volatile long currentAt = CommitMarks.NONE;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("cluster-index-build").daemon().factory());
    private State state;
    private Future<?> building;

    public SearchIndex(Driver driver, CypherCatalogue cypher, ChangeFeed feed, CommitMarks commits) {
        this.driver = driver;
        this.cypher = cypher;
        this.feed = feed;
        this.commits = commits;
    }

    /**
     * The matching assets' grid cells, from memory; empty when the index is not current (it is then being rebuilt and
     * the caller should cluster in Cypher). {@code query} turns the index's categories into the checked query.
     */
    public Optional<Clustered> cluster(Function<IndexedCategories, IndexQuery> query) {
        return whenCurrent(query, (current, checked) -> new Clustered(current.points().cluster(checked,
                current.categories().size()), current.categories(), current.localities()));
    }

    /**
     * The facet counts of the matching assets, from memory; empty when the index is not current (the caller then
     * counts in Cypher).
     */
    public Optional<Faceted> facets(Function<IndexedCategories, IndexQuery> query) {
        return whenCurrent(query, (current, checked) -> new Faceted(current.points().facets(checked,
                current.categories(), current.localities()), current.categories(), current.localities()));
    }

    /** One page answer: the ranked assets, and the categories and localities their numbers refer to. */
    public record Paged(IndexedAssets.Page page, IndexedCategories categories, IndexedLocalities localities) {
    }

    /** One page in {@code order}, from memory; empty when the index is not current (the caller then asks Cypher). */
    public Optional<Paged> page(Function<IndexedCategories, IndexQuery> query, AssetSort order, int skip, int limit) {
        return whenCurrent(query, (current, checked) -> new Paged(current.points().page(checked, order, skip, limit),
                current.categories(), current.localities()));
    }

    /**
     * {@code work} on the index brought up to the database and on the query {@code query} makes of its categories
     * (with the text index's matches when it has words), under the read lock; empty when the index is being rebuilt.
     */
    private <T> Optional<T> whenCurrent(Function<IndexedCategories, IndexQuery> query,
            BiFunction<State, IndexQuery, T> work) {
        if (!isCurrent()) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            var checked = query.apply(state.categories());
            return Optional.of(work.apply(state, checked.textQuery() == null ? checked
                    : checked.withHits(state.texts().matches(checked.textQuery()))));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * True when the index holds every filter part asked for: no hours, and as the area a box, a circle ({@code near})
     * or none (a locality's membership it does not check).
     */
    public static boolean holds(SearchFilter filter) {
        return filter.openAt() == null && filter.locality() == null;
    }

    /** Whether the index has been built once (from then on it answers, or is rebuilt while Cypher answers). */
    public boolean built() {
        lock.readLock().lock();
        try {
            return state != null;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Starts building the index in the background unless it is built or being built; a build that failed (the
     * database unreachable) is started again by the next call.
     */
    public synchronized void buildIfAbsent() {
        if (!built() && (building == null || building.isDone())) {
            startBuild();
        }
    }

    /** Builds the index now, on the caller's thread (tests, benchmarks); returns how many assets it holds. */
    public int rebuildNow() {
        build();
        lock.readLock().lock();
        try {
            return state.points().size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Whether the index can answer for the database as it is now: at once when nothing was committed since it was last
     * found current, else after reading the version and catching up with it.
     */
    private boolean isCurrent() {
        long mark = commits.settled();
        if (mark != CommitMarks.NONE && mark == currentAt) {
            return true;
        }
        return catchUp(readVersion(), mark);
    }

    /**
     * Brings the index up to {@code version}, read at commit mark {@code mark} or later; false when it cannot answer
     * for it now (a rebuild was started).
     */
    private synchronized boolean catchUp(Version version, long mark) {
        boolean current = catchUp(version);
        currentAt = current ? mark : CommitMarks.NONE;
        return current;
    }

    private boolean catchUp(Version version) {
        if (building != null && !building.isDone()) {
            return false;
        }
        if (state == null) {
            startBuild();
            return false;
        }
        if (state.position() < version.position()) {
            var changes = feed.after(state.position(), MAX_CHANGES + 1).stream()
                    .filter(change -> change.position() <= version.position()).toList();
            if (changes.size() > MAX_CHANGES || changes.stream().anyMatch(change -> change.kind() == ChangeKind.IMPORTED
                    || change.kind() == ChangeKind.RESYNC || change.assetId() == null)) {
                startBuild();
                return false;
            }
            var ids = new LinkedHashSet<String>();
            changes.forEach(change -> ids.add(change.assetId()));
            var rows = read(tx -> tx.run(cypher.get("asset/clusters/find_cluster_points"),
                    Map.of("ids", List.copyOf(ids))).list());
            lock.writeLock().lock();
            try {
                for (var id : ids) {
                    state.points().remove(id);
                    state.texts().remove(id);
                }
                for (var row : rows) {
                    var point = point(row, state.categories(), state.localities());
                    if (point.isEmpty()) {
                        startBuild(); // a category or locality the index does not know: added since the build
                        return false;
                    }
                    putText(state.texts(), state.points().put(point.get()), point.get(), row);
                }
                state.texts().refresh();
                state = new State(state.points(), state.texts(), state.categories(), state.localities(),
                        version.position());
            } finally {
                lock.writeLock().unlock();
            }
        }
        if (state.points().size() != version.assets() || state.categories().size() != version.categories()
                || state.localities().size() != version.localities()) {
            startBuild();
            return false;
        }
        return true;
    }

    private void startBuild() {
        building = builder.submit(() -> {
            try {
                build();
            } catch (RuntimeException e) {
                log.warn("The cluster index could not be built ({}); clusters come from Cypher until it is",
                        e.getClass().getSimpleName());
            }
        });
    }

    private void build() {
        currentAt = CommitMarks.NONE;
        long start = System.nanoTime();
        State built;
        try (var session = driver.session(Sessions.READ)) {
            built = session.executeRead(this::readState, BUILD_TIME_LIMIT);
        }
        lock.writeLock().lock();
        try {
            if (state != null) {
                state.texts().close();
            }
            state = built;
        } finally {
            lock.writeLock().unlock();
        }
        log.info("Cluster index built: {} assets, {} categories, {} localities in {} ms", built.points().size(),
                built.categories().size(), built.localities().size(), (System.nanoTime() - start) / 1_000_000);
    }

    private State readState(TransactionContext tx) {
        var version = readVersion(tx);
        var categories = new IndexedCategories(tx.run(cypher.get("asset/clusters/list_cluster_categories"))
                .list(row -> new AssetView.CategoryView(row.get("id").asString(), row.get("name").asString(),
                        row.get("parentId").asString(null))));
        var localities = new IndexedLocalities(tx.run(cypher.get("asset/clusters/list_cluster_localities"))
                .list(LocalityView::of));
        var points = new IndexedAssets((int) Math.min(Integer.MAX_VALUE - 8, version.assets() + 1024));
        var texts = new AssetTexts();
        var result = tx.run(cypher.get("asset/clusters/list_cluster_points"));
        while (result.hasNext()) {
            var row = result.next();
            point(row, categories, localities).ifPresent(point -> putText(texts, points.put(point), point, row));
        }
        texts.refresh();
        return new State(points, texts, categories, localities, version.position());
    }

    private static void putText(AssetTexts texts, int slot, IndexedAsset point, Record row) {
        texts.put(slot, point.id(), point.name(), row.get("description").asString(null));
    }

    private Version readVersion() {
        return read(this::readVersion);
    }

    private Version readVersion(TransactionContext tx) {
        var row = tx.run(cypher.get("asset/clusters/read_cluster_version"), Map.of("feed", ChangeFeed.ASSETS)).single();
        return new Version(row.get("position").asLong(), row.get("assets").asLong(), row.get("categories").asLong(),
                row.get("localities").asLong());
    }

    private <T> T read(Function<TransactionContext, T> work) {
        try (var session = driver.session(Sessions.READ)) {
            return session.executeRead(work::apply);
        }
    }

    /** The index's view of a row; empty when it names a category or locality the index does not know. */
    private static Optional<IndexedAsset> point(Record row, IndexedCategories categories,
            IndexedLocalities localities) {
        var numbers = numbers(row.get("categories"), categories::number);
        var places = numbers(row.get("localities"), localities::number);
        if (numbers == null || places == null) {
            return Optional.empty();
        }
        int accessibility = 0;
        for (var feature : row.get("accessibility").asList(Value::asString)) {
            accessibility |= featureBit(feature);
        }
        var visibility = row.get("visibility").asString(null);
        var free = row.get("free");
        return Optional.of(new IndexedAsset(row.get("id").asString(), row.get("name").asString(null),
                row.get("sortName").asString(null),
                row.get("latitude").isNull() ? Double.NaN : row.get("latitude").asDouble(),
                row.get("longitude").isNull() ? Double.NaN : row.get("longitude").asDouble(),
                visibilityOrdinal(visibility), free.isNull() ? -1 : free.asBoolean() ? 1 : 0, accessibility, numbers,
                places));
    }

    /** The numbers of a list of ids; null when one is unknown. */
    private static int[] numbers(Value ids, ToIntFunction<String> number) {
        var names = ids.asList(Value::asString);
        var numbers = new int[names.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = number.applyAsInt(names.get(i));
            if (numbers[i] < 0) {
                return null;
            }
        }
        return numbers;
    }

    private static int visibilityOrdinal(String name) {
        for (var visibility : Visibility.values()) {
            if (visibility.name().equals(name)) {
                return visibility.ordinal();
            }
        }
        return -1;
    }

    public static int featureBit(String name) {
        for (var feature : AccessibilityFeature.values()) {
            if (feature.name().equals(name)) {
                return 1 << feature.ordinal();
            }
        }
        return 0;
    }
}
