package org.lambeth.livingwell.asset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.api.OffsetCursor;
import org.lambeth.livingwell.api.PageInfo;
import org.lambeth.livingwell.asset.SearchViews.AssetCluster;
import org.lambeth.livingwell.asset.SearchViews.AssetClusters;
import org.lambeth.livingwell.asset.SearchViews.AssetFacets;
import org.lambeth.livingwell.asset.SearchViews.CategoryCount;
import org.lambeth.livingwell.asset.SearchViews.FeatureCount;
import org.lambeth.livingwell.asset.SearchViews.LocalityCount;
import org.lambeth.livingwell.asset.SearchViews.NearbyAsset;
import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.lambeth.livingwell.locality.LocalityView;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The asset search: one filter (see {@link AssetFilter}) for lists, facet counts, map clusters and the nearest of a
 * kind. Each is one Cypher statement (a template of queries/cypher/asset/search filled with fixed fragments), so a
 * request costs at most a postcode lookup, the search, and the batch of category parents.
 */
@Service
public class AssetSearchService {

    static final int MAX_PAGE = 500;
    static final int MAX_NEAREST = 50;
    static final int MAX_ZOOM = 20;
    /** From this zoom, every asset is shown by itself. */
    static final int SINGLES_ZOOM = 17;
    /** Cells with at most this many assets are shown as single assets. */
    static final int SMALL_CELL = 3;
    /** At most this many single assets in one answer. */
    static final int MAX_SINGLES = 2_000;
    /** Grid cells are about this many screen pixels wide (256-pixel web-map tiles). */
    static final int CELL_PIXELS = 64;
    static final double WALKING_METRES_PER_MINUTE = 80;
    static final double WALKING_DETOUR = 1.3;
    private static final List<Double> NEAREST_RADII = List.of(1_000d, 5_000d, SearchPlanner.MAX_RADIUS_METRES);

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;
    private final SearchPlanner planner;
    private final PlaceResolver places;
    private final ClusterIndex clusterIndex;

    AssetSearchService(Neo4jClient neo4j, CypherCatalogue cypher, SearchPlanner planner, PlaceResolver places,
            ClusterIndex clusterIndex) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.planner = planner;
        this.places = places;
        this.clusterIndex = clusterIndex;
    }

    /**
     * One page of the assets matching {@code filter}; the total is counted only when {@code withTotal}. In NAME,
     * DISTANCE or RELEVANCE order over a box, a circle or everywhere without hours, the index picks the page and
     * Cypher loads only it.
     */
    AssetConnection search(AssetFilter filter, AssetSort sort, Integer first, String after, boolean withTotal) {
        return search(filter, sort, first, after, withTotal, false);
    }

    /**
     * The same page; with {@code heldOnly} (the caller shows only what {@link #heldView} fills in) a page the index
     * ranked is answered from memory entirely, without reading the assets' rows from Neo4j.
     */
    AssetConnection search(AssetFilter filter, AssetSort sort, Integer first, String after, boolean withTotal,
            boolean heldOnly) {
        return search(filter, sort, first, after, withTotal, true, heldOnly).orElseThrow();
    }

    /** The page from the index; empty when the index does not hold the filter or order, or is not current. */
    Optional<AssetConnection> searchInMemory(AssetFilter filter, AssetSort sort, Integer first, String after,
            boolean withTotal, boolean heldOnly) {
        return search(filter, sort, first, after, withTotal, false, heldOnly);
    }

    /** The page from the index, with the page's assets read in full from Neo4j. */
    Optional<AssetConnection> searchInMemory(AssetFilter filter, AssetSort sort, Integer first, String after,
            boolean withTotal) {
        return searchInMemory(filter, sort, first, after, withTotal, false);
    }

    /** The same page, always from Cypher (the index's reference; {@code ClusterIndexIT} compares the two). */
    AssetConnection searchInCypher(AssetFilter filter, AssetSort sort, Integer first, String after,
            boolean withTotal) {
        var plan = planner.plan(filter, "filter");
        var order = plan.sort(sort);
        var scope = plan.scope() + "/" + order;
        return searchInCypher(plan, order, scope, OffsetCursor.pageSize(first, MAX_PAGE, "first"),
                OffsetCursor.startAfter(after, scope, "after"), withTotal);
    }

    private Optional<AssetConnection> search(AssetFilter filter, AssetSort sort, Integer first, String after,
            boolean withTotal, boolean orCypher, boolean heldOnly) {
        var plan = planner.plan(filter, "filter");
        var order = plan.sort(sort);
        var scope = plan.scope() + "/" + order;
        int size = OffsetCursor.pageSize(first, MAX_PAGE, "first");
        int offset = OffsetCursor.startAfter(after, scope, "after");
        if (ClusterPoints.ranks(order) && ClusterIndex.holds(filter)) {
            var page = clusterIndex.page(categories -> ClusterQuery.of(plan, categories, filter), order, offset,
                    size + 1);
            if (page.isPresent()) {
                return Optional.of(connection(plan, scope, offset, size, page.get(), withTotal, heldOnly));
            }
        }
        return orCypher ? Optional.of(searchInCypher(plan, order, scope, size, offset, withTotal)) : Optional.empty();
    }

    /**
     * The connection for a page the index ranked: Cypher loads only the page's assets, or, with {@code heldOnly},
     * nothing at all.
     */
    private AssetConnection connection(SearchPlan plan, String scope, int offset, int size, ClusterIndex.Paged paged,
            boolean withTotal, boolean heldOnly) {
        var page = paged.page();
        var ranked = page.assets().subList(0, Math.min(size, page.assets().size()));
        var assets = heldOnly
                ? ranked.stream().map(asset -> heldView(asset.point(), paged.categories(), paged.localities())).toList()
                : findAssets(ranked.stream().map(asset -> asset.point().id()).toList());
        var edges = new ArrayList<AssetConnection.AssetEdge>();
        for (int i = 0; i < assets.size(); i++) {
            double distance = ranked.get(i).distanceMetres();
            double relevance = ranked.get(i).relevance();
            edges.add(new AssetConnection.AssetEdge(OffsetCursor.encode(scope, offset + i),
                    Double.isNaN(distance) ? null : distance, Double.isNaN(relevance) ? null : relevance,
                    assets.get(i)));
        }
        return new AssetConnection(searchedPlace(plan), edges,
                PageInfo.of(scope, offset, edges.size(), page.assets().size() > size),
                withTotal ? page.total() : null);
    }

    /** The place a near filter searched from (null without one), as the connection reports it. */
    private static AssetView.GeoPoint searchedPlace(SearchPlan plan) {
        return plan.hasNear() ? new AssetView.GeoPoint((double) plan.parameters().get("latitude"),
                (double) plan.parameters().get("longitude")) : null;
    }

    private AssetConnection searchInCypher(SearchPlan plan, AssetSort order, String scope, int size, int offset,
            boolean withTotal) {
        var template = withTotal ? "asset/search/search_assets_counted" : "asset/search/search_assets";
        var row = run(template, plan, plan.fragments(order), Map.of("skip", offset, "limit", size + 1));
        var rows = row.get("rows").asList(v -> v);
        var edges = new ArrayList<AssetConnection.AssetEdge>();
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            var asset = rows.get(i);
            edges.add(new AssetConnection.AssetEdge(OffsetCursor.encode(scope, offset + i),
                    nullableDouble(asset.get("distanceMetres")), nullableDouble(asset.get("relevance")),
                    AssetRows.toView(asset)));
        }
        return new AssetConnection(searchedPlace(plan), edges,
                PageInfo.of(scope, offset, edges.size(), rows.size() > size),
                withTotal ? row.get("total").asLong() : null);
    }

    /**
     * The counts beside each filter option, for the assets matching {@code filter}: from the in-memory index when it
     * holds what the filter asks about (no hours; a box, a circle or no area) and is current, else in Cypher.
     */
    AssetFacets facets(AssetFilter filter) {
        var plan = planner.plan(filter, "filter");
        return facetsInMemory(filter, plan).orElseGet(() -> facetsInCypher(plan));
    }

    /** The facets from the in-memory index; empty when it does not hold what the filter asks or is not current. */
    Optional<AssetFacets> facetsInMemory(AssetFilter filter) {
        return facetsInMemory(filter, planner.plan(filter, "filter"));
    }

    /** The same counts, always from Cypher (the index's reference; {@code ClusterIndexIT} compares the two). */
    AssetFacets facetsInCypher(AssetFilter filter) {
        return facetsInCypher(planner.plan(filter, "filter"));
    }

    private Optional<AssetFacets> facetsInMemory(AssetFilter filter, SearchPlan plan) {
        if (!ClusterIndex.holds(filter)) {
            return Optional.empty();
        }
        return clusterIndex.facets(categories -> ClusterQuery.of(plan, categories, filter))
                .map(AssetSearchService::facetsOf);
    }

    private static AssetFacets facetsOf(ClusterIndex.Faceted faceted) {
        var tally = faceted.tally();
        var categories = new ArrayList<CategoryCount>();
        for (int i = 0; i < tally.categories.length; i++) {
            if (tally.categories[i] > 0) {
                categories.add(new CategoryCount(faceted.categories().view(i), tally.categories[i]));
            }
        }
        categories.sort(TOP_CATEGORIES);
        var localities = new ArrayList<LocalityCount>();
        for (int i = 0; i < tally.localities.length; i++) {
            if (tally.localities[i] > 0) {
                localities.add(new LocalityCount(faceted.localities().view(i), tally.localities[i]));
            }
        }
        localities.sort(Comparator.comparingLong(LocalityCount::count).reversed()
                .thenComparing(l -> l.locality().id()));
        var features = new ArrayList<FeatureCount>();
        for (var feature : AccessibilityFeature.values()) {
            if (tally.features[feature.ordinal()] > 0) {
                features.add(new FeatureCount(feature, tally.features[feature.ordinal()]));
            }
        }
        features.sort(Comparator.comparingLong(FeatureCount::count).reversed()
                .thenComparing(f -> f.feature().name()));
        return new AssetFacets(tally.total, categories, localities, features);
    }

    private AssetFacets facetsInCypher(SearchPlan plan) {
        var row = run("asset/search/facet_assets", plan, plan.fragments(), Map.of());
        return new AssetFacets(row.get("total").asLong(),
                row.get("categories").asList(v -> new CategoryCount(AssetRows.category(v), v.get("count").asLong())),
                row.get("localities").asList(v -> new LocalityCount(AssetRows.locality(v), v.get("count").asLong())),
                row.get("accessibility").asList(v -> new FeatureCount(
                        AccessibilityFeature.valueOf(v.get("feature").asString()), v.get("count").asLong())));
    }

    /**
     * The assets in {@code box} matching {@code filter}, clustered on a grid that suits {@code zoom}: from the
     * in-memory {@link ClusterIndex} when it holds what the filter asks about and is current, else in Cypher. The
     * single assets are loaded in full.
     */
    AssetClusters clusters(AssetFilter.Box box, Integer zoom, AssetFilter filter) {
        return clusters(box, zoom, filter, false);
    }

    /**
     * The same clusters; with {@code heldOnly} (the caller shows only what {@link #heldView} fills in of the single
     * assets, as the map's markers do) the index gives those too, and no asset rows are read.
     */
    AssetClusters clusters(AssetFilter.Box box, Integer zoom, AssetFilter filter, boolean heldOnly) {
        var grid = ClusterGrid.of(box, zoom, filter);
        var plan = clusterPlan(box, filter);
        return clustersInMemory(grid, filter, plan, heldOnly).orElseGet(() -> clustersInCypher(grid, plan));
    }

    /** The clusters from the in-memory index; empty when it does not hold what the filter asks or is not current. */
    Optional<AssetClusters> clustersInMemory(AssetFilter.Box box, Integer zoom, AssetFilter filter,
            boolean heldOnly) {
        return clustersInMemory(ClusterGrid.of(box, zoom, filter), filter, clusterPlan(box, filter), heldOnly);
    }

    /** The filter checked with the clusters' box as its area (ClusterGrid.of refuses one with an area of its own). */
    private SearchPlan clusterPlan(AssetFilter.Box box, AssetFilter filter) {
        return planner.plan((filter == null ? AssetFilter.NONE : filter).withBox(box), "filter");
    }

    private Optional<AssetClusters> clustersInMemory(ClusterGrid grid, AssetFilter filter, SearchPlan plan,
            boolean heldOnly) {
        if (!ClusterIndex.holds(filter)) {
            return Optional.empty();
        }
        return clusterIndex.cluster(categories -> grid.query(plan, categories)).map(clustered -> answer(grid,
                clustered.cells().stream().map(cell -> new Cell(cell.count,
                        cell.singles.stream().map(ClusterPoint::id).toList(),
                        () -> fromGrid(cell, clustered.categories()))).toList(),
                heldOnly ? singles -> heldViews(clustered, singles) : this::findAssets));
    }

    /** The same clusters, always from Cypher (the index's reference; {@code ClusterIndexIT} compares the two). */
    AssetClusters clustersInCypher(AssetFilter.Box box, Integer zoom, AssetFilter filter) {
        return clustersInCypher(ClusterGrid.of(box, zoom, filter), clusterPlan(box, filter));
    }

    private AssetClusters clustersInCypher(ClusterGrid grid, SearchPlan plan) {
        var rows = neo4j.query(cypher.expand("asset/search/cluster_assets", plan.fragments()))
                .bindAll(plan.with(Map.of("cellLon", grid.cellLongitude(), "cellLat", grid.cellLatitude(),
                        "singles", grid.singles())))
                .fetchAs(Record.class).mappedBy((types, record) -> record).all();
        return answer(grid, rows.stream().map(row -> new Cell(row.get("count").asLong(),
                row.get("ids").asList(Value::asString), () -> cluster(row, row.get("count").asLong()))).toList(),
                this::findAssets);
    }

    /** A cell either way: its count, its ids when small, and the cluster it becomes when not shown as assets. */
    private record Cell(long count, List<String> ids, Supplier<AssetCluster> cluster) {
    }

    /** {@code singles} loads the assets shown one by one, from their ids. */
    private static AssetClusters answer(ClusterGrid grid, List<Cell> cells,
            Function<List<String>, List<AssetView>> singles) {
        var clusters = new ArrayList<AssetCluster>();
        var singleIds = new ArrayList<String>();
        long total = 0;
        for (var cell : cells) {
            total += cell.count();
            if (!cell.ids().isEmpty() && singleIds.size() + cell.ids().size() <= MAX_SINGLES) {
                singleIds.addAll(cell.ids());
            } else {
                clusters.add(cell.cluster().get());
            }
        }
        return new AssetClusters(grid.zoom(), total, clusters, singles.apply(singleIds));
    }

    /** The single assets with these ids as the index holds them ({@link #heldView}). */
    private static List<AssetView> heldViews(ClusterIndex.Clustered clustered, List<String> ids) {
        var held = new HashMap<String, ClusterPoint>();
        for (var cell : clustered.cells()) {
            for (var point : cell.singles) {
                held.put(point.id(), point);
            }
        }
        return ids.stream().map(id -> heldView(held.get(id), clustered.categories(), clustered.localities()))
                .toList();
    }

    /**
     * An asset as the index holds it: id, name, place, categories (in the store's order), localities (in
     * {@link LocalityView#ORDER}), free and visibility filled in; for answers whose selection asks for nothing else
     * (the controller checks, {@code AssetSearchController.HELD_FIELDS}), never handed on otherwise.
     */
    static AssetView heldView(ClusterPoint point, ClusterCategories categories, ClusterLocalities localities) {
        var categoryViews = new ArrayList<AssetView.CategoryView>(point.categories().length);
        for (int number : point.categories()) {
            categoryViews.add(categories.view(number));
        }
        var localityViews = new ArrayList<LocalityView>(point.localities().length);
        for (int number : point.localities()) {
            localityViews.add(localities.view(number));
        }
        localityViews.sort(LocalityView.ORDER);
        return new AssetView(point.id(), point.name(), null, List.copyOf(categoryViews),
                new AssetView.GeoPoint(point.latitude(), point.longitude()), null, null, List.copyOf(localityViews),
                List.of(), false, null, null, null, List.of(), point.free() < 0 ? null : point.free() == 1,
                point.visibility() < 0 ? Visibility.PUBLIC : Visibility.values()[point.visibility()], null);
    }

    private static AssetCluster fromGrid(GridCell cell, ClusterCategories categories) {
        var counted = new ArrayList<CategoryCount>();
        for (int i = 0; i < categories.size(); i++) {
            if (cell.byCategory[i] > 0) {
                counted.add(new CategoryCount(categories.view(i), cell.byCategory[i]));
            }
        }
        var top = counted.stream().sorted(TOP_CATEGORIES).limit(3).toList();
        return new AssetCluster(cell.count,
                new AssetView.GeoPoint(cell.sumLatitude / cell.count, cell.sumLongitude / cell.count),
                new AssetFilter.Box(cell.south, cell.west, cell.north, cell.east), top);
    }

    private static final Comparator<CategoryCount> TOP_CATEGORIES = Comparator.comparingLong(CategoryCount::count)
            .reversed().thenComparing(c -> c.category().id());

    private static AssetCluster cluster(Record cell, long count) {
        var top = cell.get("categories").asList(v -> v).stream()
                .filter(v -> !v.get("category").isNull())
                .map(v -> new CategoryCount(AssetRows.category(v.get("category")), v.get("count").asLong()))
                .sorted(TOP_CATEGORIES).limit(3).toList();
        return new AssetCluster(count,
                new AssetView.GeoPoint(cell.get("latitude").asDouble(), cell.get("longitude").asDouble()),
                new AssetFilter.Box(cell.get("south").asDouble(), cell.get("west").asDouble(),
                        cell.get("north").asDouble(), cell.get("east").asDouble()), top);
    }

    /** The {@code n} nearest assets of a category to a place, searching ever wider up to 20 km. */
    List<NearbyAsset> nearest(PlaceInput place, String category, Integer n) {
        if (n == null || n < 1 || n > MAX_NEAREST) {
            throw new InvalidArgumentException("n", "must be from 1 to " + MAX_NEAREST + ", was " + n);
        }
        if (category == null || category.isBlank()) {
            throw new InvalidArgumentException("category", "a category id is required");
        }
        var centre = places.resolve(place, "place");
        var at = new PlaceInput(null, centre.latitude(), centre.longitude());
        AssetConnection found = null;
        for (var radius : NEAREST_RADII) {
            var filter = AssetFilter.NONE.withNear(new AssetFilter.Near(at, radius)).withCategories(List.of(category));
            try {
                found = search(filter, AssetSort.DISTANCE, n, null, false);
            } catch (InvalidArgumentException e) {
                throw e.argument().equals("filter.categories")
                        ? new InvalidArgumentException("category", "unknown category id '" + category + "'") : e;
            }
            if (found.edges().size() >= n) {
                break;
            }
        }
        return found.edges().stream().map(edge -> new NearbyAsset(edge.node(), edge.distanceMetres(),
                walkingMinutes(edge.distanceMetres()))).toList();
    }

    static int walkingMinutes(double metres) {
        return (int) Math.max(1, Math.round(metres * WALKING_DETOUR / WALKING_METRES_PER_MINUTE));
    }

    /** Assets by id, in that order, in one round trip. */
    List<AssetView> findAssets(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return List.copyOf(neo4j.query(cypher.expand("asset/search/find_assets_by_ids",
                        Map.of("columns", SearchPlan.FRAGMENTS + "asset_columns")))
                .bind(ids).to("ids").fetchAs(AssetView.class)
                .mappedBy((types, record) -> AssetRows.toView(record.get("asset"))).all());
    }

    private Record run(String template, SearchPlan plan, Map<String, String> fragments, Map<String, Object> more) {
        var row = neo4j.query(cypher.expand(template, fragments)).bindAll(plan.with(more))
                .fetchAs(Record.class).mappedBy((types, record) -> record).one().orElseThrow();
        var unknown = row.get("unknownCategories").asList(Value::asString);
        if (!unknown.isEmpty()) {
            throw new InvalidArgumentException("filter.categories", "unknown category ids " + unknown);
        }
        if (row.get("unknownLocality").asBoolean()) {
            throw new InvalidArgumentException("filter.within.locality",
                    "unknown locality id '" + plan.parameters().get("locality") + "'");
        }
        return row;
    }

    private static Double nullableDouble(Value value) {
        return value.isNull() ? null : value.asDouble();
    }
}
