package org.lambeth.livingwell.asset.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

import org.lambeth.livingwell.asset.AssetSort;

/**
 * The assets' places in memory, for clustering a box in one pass: slots reused as assets come and go, with the
 * coordinates in arrays of their own so the box test runs over plain doubles, and grouped by place
 * ({@link PlaceBuckets}) so a small area reads only the slots near it. Not thread-safe: {@link SearchIndex}
 * guards it.
 */
public final class IndexedAssets {

    /** Up to this many cells in view are counted in an array. */
    private static final long MAX_GRID_ARRAY = 1 << 20;

    private final Map<String, Integer> slots = new HashMap<>();
    private final ArrayDeque<Integer> emptySlots = new ArrayDeque<>();
    private final PlaceBuckets buckets = new PlaceBuckets();
    private IndexedAsset[] points;
    private double[] latitudes;
    private double[] longitudes;
    /** Each slot's {@link IndexedAsset#traits()}, 0 when empty. */
    private int[] traits;
    /** Each slot's {@link IndexedAsset#firstCategory()}. */
    private int[] firstCategories;
    private int used;

    public IndexedAssets(int expected) {
        int capacity = Math.max(16, expected);
        points = new IndexedAsset[capacity];
        latitudes = new double[capacity];
        longitudes = new double[capacity];
        traits = new int[capacity];
        firstCategories = new int[capacity];
        Arrays.fill(latitudes, Double.NaN);
        Arrays.fill(longitudes, Double.NaN);
    }

    public int size() {
        return slots.size();
    }

    /** Adds the asset, or replaces what was held of it; returns its slot. */
    public int put(IndexedAsset point) {
        var slot = slots.get(point.id());
        if (slot == null) {
            slot = emptySlots.isEmpty() ? used++ : emptySlots.pop();
            if (slot == points.length) {
                grow();
            }
            slots.put(point.id(), slot);
        }
        buckets.remove(slot, latitudes[slot], longitudes[slot]);
        points[slot] = point;
        latitudes[slot] = point.latitude();
        longitudes[slot] = point.longitude();
        traits[slot] = point.traits();
        firstCategories[slot] = point.firstCategory();
        buckets.add(slot, traits[slot], firstCategories[slot], point.latitude(), point.longitude());
        return slot;
    }

    /** Forgets the asset (retired, or no longer an asset); nothing when it was not held. */
    public void remove(String id) {
        var slot = slots.remove(id);
        if (slot != null) {
            buckets.remove(slot, latitudes[slot], longitudes[slot]);
            points[slot] = null;
            latitudes[slot] = Double.NaN;
            longitudes[slot] = Double.NaN;
            traits[slot] = 0;
            firstCategories[slot] = 0;
            emptySlots.push(slot);
        }
    }

    /**
     * The matching assets grouped on a grid of {@code query.cellLongitude() x query.cellLatitude()} degrees anchored
     * at 0,0 (as cluster_assets.cypher groups them), the fullest cells first, then by column and row.
     */
    public List<GridCell> cluster(IndexQuery query, int categories) {
        // the cells the box touches, in an array when they are not too many (no boxing per asset), else a map
        long x0 = (long) Math.floor(query.west() / query.cellLongitude());
        long y0 = (long) Math.floor(query.south() / query.cellLatitude());
        long width = (long) Math.floor(query.east() / query.cellLongitude()) - x0 + 1;
        long height = (long) Math.floor(query.north() / query.cellLatitude()) - y0 + 1;
        var grid = width * height <= MAX_GRID_ARRAY ? new GridCell[(int) (width * height)] : null;
        var cells = grid == null ? new HashMap<Long, GridCell>() : null;
        forEachMatch(query, false, (point, latitude, longitude, category, approximate, exact, relevance) -> {
            int x = (int) Math.floor(longitude / query.cellLongitude());
            int y = (int) Math.floor(latitude / query.cellLatitude());
            GridCell cell;
            if (grid != null) {
                int at = (int) ((x - x0) * height + (y - y0));
                cell = grid[at];
                if (cell == null) {
                    cell = new GridCell(x, y, categories);
                    grid[at] = cell;
                }
            } else {
                cell = cells.computeIfAbsent(((long) x << 32) ^ (y & 0xffffffffL),
                        key -> new GridCell(x, y, categories));
            }
            cell.add(point, latitude, longitude, category, query.singles());
        });
        var filled = grid != null ? Arrays.stream(grid).filter(Objects::nonNull) : cells.values().stream();
        return filled
                .sorted(Comparator.comparingLong((GridCell cell) -> cell.count()).reversed()
                        .thenComparingInt(cell -> cell.x()).thenComparingInt(cell -> cell.y()))
                .toList();
    }

    /** The facet counts of the matching assets (the query's grid is not used). */
    public FacetTally facets(IndexQuery query, IndexedCategories categories, IndexedLocalities localities) {
        var tally = new FacetTally(categories, localities);
        forEachMatch(query, false, (point, latitude, longitude, category, approximate, exact, relevance) ->
                tally.add(point));
        return tally;
    }

    /**
     * One page of matching assets: how many match, and from {@code skip} at most {@code limit}, each with its
     * distance from the {@code near} centre (NaN with no near).
     */
    public record Page(long total, List<Ranked> assets) {
    }

    /**
     * A matching asset, its distance from the {@code near} centre (NaN with no near) and its text score (NaN with no
     * text).
     */
    public record Ranked(IndexedAsset point, double distanceMetres, double relevance) {
    }

    /** By name as _order_name.cypher orders (lower-cased, no name last), then id. */
    private static final Comparator<Ranked> BY_NAME = Comparator
            .comparing((Ranked ranked) -> ranked.point().sortName(),
                    Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(ranked -> ranked.point().id());

    /** Nearest first, then id, as _order_distance.cypher orders. */
    private static final Comparator<Ranked> BY_DISTANCE = Comparator.comparingDouble(Ranked::distanceMetres)
            .thenComparing(ranked -> ranked.point().id());

    /** Best text match first, then id, as _order_relevance.cypher orders. */
    private static final Comparator<Ranked> BY_RELEVANCE = Comparator.comparingDouble(Ranked::relevance).reversed()
            .thenComparing(ranked -> ranked.point().id());

    /**
     * Whether {@link #page} ranks in this order (NAME, DISTANCE and RELEVANCE; RECENTLY_UPDATED is Cypher's).
     */
    public static boolean ranks(AssetSort sort) {
        return sort == AssetSort.NAME || sort == AssetSort.DISTANCE || sort == AssetSort.RELEVANCE;
    }

    /**
     * The matching assets counted, and the page from {@code skip} in {@code sort} order (NAME, DISTANCE or RELEVANCE)
     * kept by a bounded heap. With {@code near}, exact distances are computed only for the assets that may enter the
     * page, and the page's.
     */
    public Page page(IndexQuery query, AssetSort sort, int skip, int limit) {
        int keep = skip + limit;
        boolean byDistance = sort == AssetSort.DISTANCE;
        var order = byDistance ? BY_DISTANCE : sort == AssetSort.RELEVANCE ? BY_RELEVANCE : BY_NAME;
        var heap = new PriorityQueue<Ranked>(Math.max(1, Math.min(keep, 1024)), order.reversed());
        var total = new long[1];
        Match offer = (point, latitude, longitude, category, approximate, exact, relevance) -> {
            if (keep == 0) {
                return;
            }
            boolean full = heap.size() >= keep;
            if (full && surelyAfter(sort, point, approximate, relevance, heap.peek())) {
                return;
            }
            var ranked = new Ranked(point, byDistance && Double.isNaN(exact) ? exactDistance(query, point) : exact,
                    relevance);
            if (!full) {
                heap.add(ranked);
            } else if (order.compare(ranked, heap.peek()) < 0) {
                heap.poll();
                heap.add(ranked);
            }
        };
        if (sort == AssetSort.RELEVANCE) {
            // counted in an unscored pass; ranked in a scored one where Lucene skips what cannot reach the page
            forEachMatch(query, false, (point, latitude, longitude, category, approximate, exact, relevance) ->
                    total[0]++);
            query.hits().forEachCompetitive((slot, score) -> test(query, slot, score, offer),
                    () -> heap.size() >= keep && keep > 0 ? heap.peek().relevance() : 0);
        } else {
            forEachMatch(query, true, (point, latitude, longitude, category, approximate, exact, relevance) -> {
                total[0]++;
                offer.accept(point, latitude, longitude, category, approximate, exact, relevance);
            });
        }
        var first = new ArrayList<>(heap);
        first.sort(order);
        return new Page(total[0], first.subList(Math.min(skip, first.size()), first.size()).stream()
                .map(ranked -> query.near() == null || !Double.isNaN(ranked.distanceMetres()) ? ranked
                        : new Ranked(ranked.point(), exactDistance(query, ranked.point()), ranked.relevance()))
                .toList());
    }

    /**
     * True when the asset surely comes after {@code last} in {@code sort} order, told from what is at hand (its
     * approximate distance, score or lower-cased name) without building its {@link Ranked}: most matches of a large
     * search are turned away here. False when it may come before (for DISTANCE and NAME, ties on the value
     * included: the id decides).
     */
    private static boolean surelyAfter(AssetSort sort, IndexedAsset point, double approximate, double relevance,
            Ranked last) {
        return switch (sort) {
            case DISTANCE -> NearCircle.surelyFarther(approximate, last.distanceMetres());
            case RELEVANCE -> relevance < last.relevance()
                    || (relevance == last.relevance() && point.id().compareTo(last.point().id()) > 0);
            case NAME -> point.sortName() == null ? last.point().sortName() != null
                    : last.point().sortName() != null && point.sortName().compareTo(last.point().sortName()) > 0;
            default -> false;
        };
    }

    private static double exactDistance(IndexQuery query, IndexedAsset point) {
        return query.near().distanceTo(point.latitude(), point.longitude());
    }

    /**
     * What {@link #forEachMatch} hands on: a matching asset with its place and first category as kept beside its
     * slot (so that an action that needs only those need not read the record); with {@code near}, its approximate
     * distance (NaN when the circle has none) and its exact distance when it had to be computed (else NaN); with
     * text, its score (else NaN).
     */
    @FunctionalInterface
    private interface Match {
        void accept(IndexedAsset point, double latitude, double longitude, int category, double approximateMetres,
                double exactMetres, double relevance);
    }

    /**
     * Each held asset that is in the query's box, matches its filter and, with {@code near}, is within the radius;
     * with text, only the text index's matches ({@code query.hits()}) are read, scored when {@code scored} (else the
     * relevance handed on is NaN). Otherwise a bounded area is read from the cells it touches, and an unbounded one
     * (anywhere, no near) from every slot.
     */
    private void forEachMatch(IndexQuery query, boolean scored, Match action) {
        var hits = query.hits();
        if (query.textQuery() != null) {
            if (hits == null) {
                throw new IllegalStateException("a text query without the text index's matches");
            }
            if (scored) {
                hits.forEachScored((slot, score) -> test(query, slot, score, action));
            } else {
                hits.forEach(slot -> test(query, slot, Double.NaN, action));
            }
        } else if (query.near() != null) {
            // the cells around the circle, nearest first: the page fills with near assets early, and most later ones
            // are then turned away on their approximate distance alone
            var near = query.near();
            var around = new ArrayList<PlaceBuckets.Cell>();
            buckets.forEachCellIn(query.areaSouth(), query.areaWest(), query.areaNorth(), query.areaEast(),
                    around::add);
            around.sort(Comparator.comparingDouble(cell -> near.approximateDistance(
                    cell.south + PlaceBuckets.CELL / 2, cell.west + PlaceBuckets.CELL / 2)));
            around.forEach(cell -> testCell(query, cell, action));
        } else if (!buckets.forEachCellIn(query.areaSouth(), query.areaWest(), query.areaNorth(), query.areaEast(),
                cell -> testCell(query, cell, action))) {
            for (int slot = 0; slot < used; slot++) {
                test(query, slot, Double.NaN, action);
            }
        }
    }

    /** {@link #test} on each of the cell's slots, with the traits and places the cell keeps beside them. */
    private void testCell(IndexQuery query, PlaceBuckets.Cell cell, Match action) {
        for (int i = 0; i < cell.size; i++) {
            test(query, cell.slots[i], cell.traits[i], cell.firstCategories[i], cell.latitudes[i], cell.longitudes[i],
                    Double.NaN, action);
        }
    }

    private void test(IndexQuery query, int slot, double relevance, Match action) {
        test(query, slot, traits[slot], firstCategories[slot], latitudes[slot], longitudes[slot], relevance, action);
    }

    /**
     * Hands the slot's asset on when it matches: its traits ({@code held}, 0 for an empty slot) and place tested
     * first, the record read only for its categories and by the action.
     */
    private void test(IndexQuery query, int slot, int held, int category, double latitude, double longitude,
            double relevance, Match action) {
        if (held == 0 || !query.matchesTraits(held) || !query.inBox(latitude, longitude)) {
            return;
        }
        double approximate = Double.NaN;
        double exact = Double.NaN;
        var near = query.near();
        if (near != null) {
            approximate = near.approximateDistance(latitude, longitude);
            if (near.surelyOutside(approximate)) {
                return;
            }
            if (!near.surelyInside(approximate)) {
                exact = near.distanceTo(latitude, longitude);
                if (!(exact <= near.radiusMetres())) {
                    return;
                }
            }
        }
        // the record is read last: most of a large area's slots are settled on the arrays alone
        var point = points[slot];
        if (!query.inCategories(point)) {
            return;
        }
        action.accept(point, latitude, longitude, category, approximate, exact, relevance);
    }

    private void grow() {
        int capacity = points.length * 2;
        points = Arrays.copyOf(points, capacity);
        latitudes = Arrays.copyOf(latitudes, capacity);
        longitudes = Arrays.copyOf(longitudes, capacity);
        traits = Arrays.copyOf(traits, capacity);
        firstCategories = Arrays.copyOf(firstCategories, capacity);
        Arrays.fill(latitudes, capacity / 2, capacity, Double.NaN);
        Arrays.fill(longitudes, capacity / 2, capacity, Double.NaN);
    }
}
