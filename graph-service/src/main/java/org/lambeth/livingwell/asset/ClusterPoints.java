package org.lambeth.livingwell.asset;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assets' places in memory, for clustering a box in one pass: slots reused as assets come and go, with the
 * coordinates in arrays of their own so the box test runs over plain doubles. Not thread-safe: {@link ClusterIndex}
 * guards it.
 */
final class ClusterPoints {

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
    List<GridCell> cluster(ClusterQuery query) {
        var cells = new HashMap<Long, GridCell>();
        for (int i = 0; i < used; i++) {
            double latitude = latitudes[i];
            double longitude = longitudes[i];
            // NaN (an empty slot, or no location) fails these
            if (!(latitude >= query.south() && latitude <= query.north()
                    && longitude >= query.west() && longitude <= query.east())) {
                continue;
            }
            var point = points[i];
            if (!query.matches(point)) {
                continue;
            }
            int x = (int) Math.floor(longitude / query.cellLongitude());
            int y = (int) Math.floor(latitude / query.cellLatitude());
            cells.computeIfAbsent(((long) x << 32) ^ (y & 0xffffffffL), key -> new GridCell(x, y))
                    .add(point, query.singles());
        }
        return cells.values().stream()
                .sorted(Comparator.comparingLong((GridCell cell) -> cell.count).reversed()
                        .thenComparingInt(cell -> cell.x).thenComparingInt(cell -> cell.y))
                .toList();
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
