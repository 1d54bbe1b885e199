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
import org.lambeth.livingwell.asset.index.GridCell;
import org.lambeth.livingwell.asset.index.IndexQuery;
import org.lambeth.livingwell.asset.index.IndexedAsset;
import org.lambeth.livingwell.asset.index.IndexedAssets;
import org.lambeth.livingwell.asset.index.IndexedCategories;
import org.lambeth.livingwell.asset.index.IndexedLocalities;
import org.lambeth.livingwell.asset.index.SearchIndex;
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
    static final double WALKING_METRES_PER_MINUTE = 80;
    static final double WALKING_DETOUR = 1.3;
    private static final List<Double> NEAREST_RADII = List.of(1_000d, 5_000d, SearchPlanner.MAX_RADIUS_METRES);

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;
    private final SearchPlanner planner;
    private final PlaceResolver places;
    private final SearchIndex index;

    AssetSearchService(Neo4jClient neo4j, CypherCatalogue cypher, SearchPlanner planner, PlaceResolver places,
            SearchIndex index) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.planner = planner;
        this.places = places;
        this.index = index;
    }

    /**
     * One page of the assets matching {@code filter}. In NAME, DISTANCE or RELEVANCE order over a box, a circle or
     * everywhere without hours, the index picks the page and Cypher loads only its assets (or, with
     * {@link AssetFill#HELD}, nothing at all).
     */
    AssetConnection search(AssetFilter filter, AssetSort sort, PageRequest page) {
        return search(SearchSource.INDEX_OR_CYPHER, filter, sort, page).orElseThrow();
    }

    /** The same page from {@code source}; empty only from {@link SearchSource#INDEX} when the index cannot answer. */
    Optional<AssetConnection> search(SearchSource source, AssetFilter filter, AssetSort sort, PageRequest page) {
        var plan = planner.plan(filter, "filter");
        var order = plan.sort(sort);
        var scope = plan.scope() + "/" + order;
        int size = OffsetCursor.pageSize(page.first(), MAX_PAGE, "first");
        int offset = OffsetCursor.startAfter(page.after(), scope, "after");
        if (source != SearchSource.CYPHER && IndexedAssets.ranks(order) && SearchIndex.holds(plan.filter())) {
            var ranked = index.page(categories -> IndexQuery.of(plan, categories), order, offset, size + 1);
            if (ranked.isPresent()) {
                return Optional.of(connection(plan, scope, offset, size, ranked.get(), page));
            }
        }
        return source == SearchSource.INDEX ? Optional.empty()
                : Optional.of(searchInCypher(plan, order, scope, size, offset, page.counted()));
    }

    /**
     * The connection for a page the index ranked: Cypher loads only the page's assets, or, with
     * {@link AssetFill#HELD}, nothing at all.
     */
    private AssetConnection connection(SearchPlan plan, String scope, int offset, int size, SearchIndex.Paged paged,
            PageRequest request) {
        var page = paged.page();
        var ranked = page.assets().subList(0, Math.min(size, page.assets().size()));
        var assets = request.fill() == AssetFill.HELD
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
                request.counted() ? page.total() : null);
    }

    /** The place a near filter searched from (null without one), as the connection reports it. */
    private static AssetView.GeoPoint searchedPlace(SearchPlan plan) {
        var near = plan.filter().near();
        return near == null ? null : new AssetView.GeoPoint(near.latitude(), near.longitude());
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
        return facets(SearchSource.INDEX_OR_CYPHER, filter).orElseThrow();
    }

    /** The same counts from {@code source}; empty only from {@link SearchSource#INDEX} when it cannot answer. */
    Optional<AssetFacets> facets(SearchSource source, AssetFilter filter) {
        var plan = planner.plan(filter, "filter");
        if (source != SearchSource.CYPHER && SearchIndex.holds(plan.filter())) {
            var counted = index.facets(categories -> IndexQuery.of(plan, categories))
                    .map(AssetSearchService::facetsOf);
            if (counted.isPresent()) {
                return counted;
            }
        }
        return source == SearchSource.INDEX ? Optional.empty() : Optional.of(facetsInCypher(plan));
    }

    private static AssetFacets facetsOf(SearchIndex.Faceted faceted) {
        var tally = faceted.tally();
        var categories = new ArrayList<CategoryCount>();
        for (int i = 0; i < tally.categorySlots(); i++) {
            if (tally.inCategory(i) > 0) {
                categories.add(new CategoryCount(faceted.categories().view(i), tally.inCategory(i)));
            }
        }
        categories.sort(TOP_CATEGORIES);
        var localities = new ArrayList<LocalityCount>();
        for (int i = 0; i < tally.localitySlots(); i++) {
            if (tally.inLocality(i) > 0) {
                localities.add(new LocalityCount(faceted.localities().view(i), tally.inLocality(i)));
            }
        }
        localities.sort(Comparator.comparingLong(LocalityCount::count).reversed()
                .thenComparing(l -> l.locality().id()));
        var features = new ArrayList<FeatureCount>();
        for (var feature : AccessibilityFeature.values()) {
            if (tally.withFeature(feature) > 0) {
                features.add(new FeatureCount(feature, tally.withFeature(feature)));
            }
        }
        features.sort(Comparator.comparingLong(FeatureCount::count).reversed()
                .thenComparing(f -> f.feature().name()));
        return new AssetFacets(tally.total(), categories, localities, features);
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
     * in-memory {@link SearchIndex} when it holds what the filter asks about and is current, else in Cypher. The
     * single assets are filled in as {@code fill} asks ({@link AssetFill#HELD}, as the map's markers ask, reads no
     * asset rows when the index answers).
     */
    AssetClusters clusters(AssetFilter.Box box, Integer zoom, AssetFilter filter, AssetFill fill) {
        return clusters(SearchSource.INDEX_OR_CYPHER, box, zoom, filter, fill).orElseThrow();
    }

    /** The same clusters from {@code source}; empty only from {@link SearchSource#INDEX} when it cannot answer. */
    Optional<AssetClusters> clusters(SearchSource source, AssetFilter.Box box, Integer zoom, AssetFilter filter,
            AssetFill fill) {
        var grid = ClusterGrid.of(box, zoom, filter);
        // the filter checked with the clusters' box as its area (ClusterGrid.of refuses one with an area of its own)
        var plan = planner.plan((filter == null ? AssetFilter.NONE : filter).withBox(box), "filter");
        if (source != SearchSource.CYPHER && SearchIndex.holds(plan.filter())) {
            var clustered = clustersInMemory(grid, plan, fill);
            if (clustered.isPresent()) {
                return clustered;
            }
        }
        return source == SearchSource.INDEX ? Optional.empty() : Optional.of(clustersInCypher(grid, plan));
    }

    private Optional<AssetClusters> clustersInMemory(ClusterGrid grid, SearchPlan plan, AssetFill fill) {
        return index.cluster(categories -> grid.query(plan, categories)).map(clustered -> answer(grid,
                clustered.cells().stream().map(cell -> new Cell(cell.count(),
                        cell.singles().stream().map(IndexedAsset::id).toList(),
                        () -> fromGrid(cell, clustered.categories()))).toList(),
                fill == AssetFill.HELD ? singles -> heldViews(clustered, singles) : this::findAssets));
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
            if (!cell.ids().isEmpty() && singleIds.size() + cell.ids().size() <= ClusterGrid.MAX_SINGLES) {
                singleIds.addAll(cell.ids());
            } else {
                clusters.add(cell.cluster().get());
            }
        }
        return new AssetClusters(grid.zoom(), total, clusters, singles.apply(singleIds));
    }

    /** The single assets with these ids as the index holds them ({@link #heldView}). */
    private static List<AssetView> heldViews(SearchIndex.Clustered clustered, List<String> ids) {
        var held = new HashMap<String, IndexedAsset>();
        for (var cell : clustered.cells()) {
            for (var point : cell.singles()) {
                held.put(point.id(), point);
            }
        }
        return ids.stream().map(id -> heldView(held.get(id), clustered.categories(), clustered.localities()))
                .toList();
    }

    /**
     * An asset as the index holds it: id, name, place, categories (by id), localities (in
     * {@link LocalityView#ORDER}), free and visibility filled in; for answers whose selection asks for nothing else
     * (the controller checks, {@code AssetSearchController.HELD_FIELDS}), never handed on otherwise.
     */
    static AssetView heldView(IndexedAsset point, IndexedCategories categories, IndexedLocalities localities) {
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

    private static AssetCluster fromGrid(GridCell cell, IndexedCategories categories) {
        var counted = new ArrayList<CategoryCount>();
        for (int i = 0; i < categories.size(); i++) {
            if (cell.inCategory(i) > 0) {
                counted.add(new CategoryCount(categories.view(i), cell.inCategory(i)));
            }
        }
        var top = counted.stream().sorted(TOP_CATEGORIES).limit(3).toList();
        return new AssetCluster(cell.count(),
                new AssetView.GeoPoint(cell.meanLatitude(), cell.meanLongitude()),
                new AssetFilter.Box(cell.south(), cell.west(), cell.north(), cell.east()), top);
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
                found = search(filter, AssetSort.DISTANCE, PageRequest.of(n, null).uncounted());
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
                    "unknown locality id '" + plan.filter().locality() + "'");
        }
        return row;
    }

    private static Double nullableDouble(Value value) {
        return value.isNull() ? null : value.asDouble();
    }
}
