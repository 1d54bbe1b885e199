package org.lambeth.livingwell.asset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The assets' places in memory, for clustering a box in one pass: slots reused as assets come and go, with the
 * coordinates in arrays of their own so the box test runs over plain doubles. Not thread-safe: {@link ClusterIndex}
 * guards it.
 */
final class ClusterPoints {

    /** Up to this many cells in view are counted in an array. */
    private static final long MAX_GRID_ARRAY = 1 << 20;

    private final Map<String, Integer> slots = new HashMap<>();
    private final ArrayDeque<Integer> emptySlots = new ArrayDeque<>();
    private ClusterPoint[] points;
    private double[] latitudes;
    private double[] longitudes;
    private int used;

    ClusterPoints(int expected) {
        int capacity = Math.max(16, expected);
        points = new ClusterPoint[capacity];
        latitudes = new double[capacity];
        longitudes = new double[capacity];
        Arrays.fill(latitudes, Double.NaN);
        Arrays.fill(longitudes, Double.NaN);
    }

    int size() {
        return slots.size();
    }

    /** Adds the asset, or replaces what was held of it. */
    void put(ClusterPoint point) {
        var slot = slots.get(point.id());
        if (slot == null) {
            slot = emptySlots.isEmpty() ? used++ : emptySlots.pop();
            if (slot == points.length) {
                grow();
            }
            slots.put(point.id(), slot);
        }
        points[slot] = point;
        latitudes[slot] = point.latitude();
        longitudes[slot] = point.longitude();
    }

    /** Forgets the asset (retired, or no longer an asset); nothing when it was not held. */
    void remove(String id) {
        var slot = slots.remove(id);
        if (slot != null) {
            points[slot] = null;
            latitudes[slot] = Double.NaN;
            longitudes[slot] = Double.NaN;
            emptySlots.push(slot);
        }
    }

    /**
     * The matching assets grouped on a grid of {@code query.cellLongitude() x query.cellLatitude()} degrees anchored
     * at 0,0 (as cluster_assets.cypher groups them), the fullest cells first, then by column and row.
     */
    List<GridCell> cluster(ClusterQuery query, int categories) {
        // the cells the box touches, in an array when they are not too many (no boxing per asset), else a map
        long x0 = (long) Math.floor(query.west() / query.cellLongitude());
        long y0 = (long) Math.floor(query.south() / query.cellLatitude());
        long width = (long) Math.floor(query.east() / query.cellLongitude()) - x0 + 1;
        long height = (long) Math.floor(query.north() / query.cellLatitude()) - y0 + 1;
        var grid = width * height <= MAX_GRID_ARRAY ? new GridCell[(int) (width * height)] : null;
        var cells = grid == null ? new HashMap<Long, GridCell>() : null;
        forEachMatch(query, point -> {
            int x = (int) Math.floor(point.longitude() / query.cellLongitude());
            int y = (int) Math.floor(point.latitude() / query.cellLatitude());
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
            cell.add(point, query.singles());
        });
        var filled = grid != null ? Arrays.stream(grid).filter(Objects::nonNull) : cells.values().stream();
        return filled
                .sorted(Comparator.comparingLong((GridCell cell) -> cell.count).reversed()
                        .thenComparingInt(cell -> cell.x).thenComparingInt(cell -> cell.y))
                .toList();
    }

    /** The facet counts of the matching assets (the query's grid is not used). */
    FacetTally facets(ClusterQuery query, ClusterCategories categories, ClusterLocalities localities) {
        var tally = new FacetTally(categories, localities);
        forEachMatch(query, tally::add);
        return tally;
    }

    /** One page of matching assets in NAME order: how many match, and the ids from {@code skip}, at most {@code limit}. */
    record NamePage(long total, List<String> ids) {
    }

    /** By name as _order_name.cypher orders (lower-cased, no name last), then id. */
    static final Comparator<ClusterPoint> BY_NAME = Comparator
            .comparing(ClusterPoint::sortName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(ClusterPoint::id);

    /** The matching assets counted, and the page from {@code skip} kept by a bounded heap (no full sort). */
    NamePage byName(ClusterQuery query, int skip, int limit) {
        int keep = skip + limit;
        var heap = new PriorityQueue<ClusterPoint>(Math.max(1, Math.min(keep, 1024)), BY_NAME.reversed());
        var total = new long[1];
        forEachMatch(query, point -> {
            total[0]++;
            if (heap.size() < keep) {
                heap.add(point);
            } else if (keep > 0 && BY_NAME.compare(point, heap.peek()) < 0) {
                heap.poll();
                heap.add(point);
            }
        });
        var first = new ArrayList<>(heap);
        first.sort(BY_NAME);
        return new NamePage(total[0], first.subList(Math.min(skip, first.size()), first.size()).stream()
                .map(ClusterPoint::id).toList());
    }

    /** Each held asset in the query's box (tested on the coordinate arrays first) that matches its filter. */
    private void forEachMatch(ClusterQuery query, Consumer<ClusterPoint> action) {
        for (int i = 0; i < used; i++) {
            var point = points[i];
            if (point != null && query.inBox(latitudes[i], longitudes[i]) && query.matchesFilter(point)) {
                action.accept(point);
            }
        }
    }

    private void grow() {
        int capacity = points.length * 2;
        points = Arrays.copyOf(points, capacity);
        latitudes = Arrays.copyOf(latitudes, capacity);
        longitudes = Arrays.copyOf(longitudes, capacity);
        Arrays.fill(latitudes, capacity / 2, capacity, Double.NaN);
        Arrays.fill(longitudes, capacity / 2, capacity, Double.NaN);
    }
}
