package org.lambeth.livingwell.asset;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The cluster index's slots grouped by place on a fixed grid of {@link #CELL} degrees, so that a small area (a circle
 * of a {@code near} filter, a street-level box) is answered from the few cells it touches instead of a pass over every
 * asset. Slots with no place are in no cell. Not thread-safe: {@link ClusterIndex} guards it through
 * {@link ClusterPoints}.
 */
final class PlaceBuckets {

    /** The cell size in degrees: about 1.1 km north-south, 0.7 km east-west in London. */
    static final double CELL = 0.01;

    /** The slots of each filled cell, unordered. */
    private final Map<Long, IntArrayList> buckets = new HashMap<>();

    void add(int slot, double latitude, double longitude) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return;
        }
        buckets.computeIfAbsent(key(column(longitude), row(latitude)), key -> new IntArrayList()).add(slot);
    }

    void remove(int slot, double latitude, double longitude) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return;
        }
        long key = key(column(longitude), row(latitude));
        var bucket = buckets.get(key);
        if (bucket != null && bucket.remove(slot) && bucket.isEmpty()) {
            buckets.remove(key);
        }
    }

    /**
     * Hands every slot in the cells that overlap the area to {@code action} (some may lie outside it: the caller tests
     * each place). False, with nothing handed on, when the area is unbounded: the caller then passes over every slot.
     */
    boolean forEachIn(double south, double west, double north, double east, IntConsumer action) {
        if (!(Double.isFinite(south) && Double.isFinite(west) && Double.isFinite(north) && Double.isFinite(east))) {
            return false;
        }
        if (south > north || west > east) {
            return true;
        }
        long x0 = column(west);
        long x1 = column(east);
        long y0 = row(south);
        long y1 = row(north);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) <= buckets.size()) {
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    var bucket = buckets.get(key(x, y));
                    if (bucket != null) {
                        bucket.forEach(action::accept);
                    }
                }
            }
        } else {
            // a wide area: fewer filled cells than cells in it
            for (var entry : buckets.entrySet()) {
                long x = entry.getKey() >> 32;
                long y = (int) (long) entry.getKey();
                if (x >= x0 && x <= x1 && y >= y0 && y <= y1) {
                    entry.getValue().forEach(action::accept);
                }
            }
        }
        return true;
    }

    private static long column(double longitude) {
        return (long) Math.floor(longitude / CELL);
    }

    private static long row(double latitude) {
        return (long) Math.floor(latitude / CELL);
    }

    private static long key(long column, long row) {
        return (column << 32) ^ (row & 0xffffffffL);
    }
}
