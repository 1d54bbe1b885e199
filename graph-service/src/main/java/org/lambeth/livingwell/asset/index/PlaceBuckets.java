package org.lambeth.livingwell.asset.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cluster index's slots grouped by place on a fixed grid of {@link #CELL} degrees, so that a small area (a circle
 * of a {@code near} filter, a street-level box) is answered from the few cells it touches instead of a pass over every
 * asset. Each cell keeps its slots' coordinates and traits beside them ({@link Cell}), so a pass over a cell reads
 * them in order instead of from all over the index's arrays. Slots with no place are in no cell. Not thread-safe:
 * {@link SearchIndex} guards it through {@link IndexedAssets}.
 */
final class PlaceBuckets {

    /** The cell size in degrees: about 1.1 km north-south, 0.7 km east-west in London. */
    static final double CELL = 0.01;

    /**
     * One cell's slots, unordered, each with its place, {@link IndexedAsset#traits()} and first category
     * ({@link IndexedAsset#firstCategory()}) at the same index.
     */
    static final class Cell {
        /** Its south-west corner, in degrees. */
        final double south;
        final double west;
        int size;
        int[] slots = new int[8];
        int[] traits = new int[8];
        int[] firstCategories = new int[8];
        double[] latitudes = new double[8];
        double[] longitudes = new double[8];

        private Cell(long column, long row) {
            this.south = row * CELL;
            this.west = column * CELL;
        }

        private void add(int slot, int held, int category, double latitude, double longitude) {
            if (size == slots.length) {
                int capacity = size * 2;
                slots = Arrays.copyOf(slots, capacity);
                traits = Arrays.copyOf(traits, capacity);
                firstCategories = Arrays.copyOf(firstCategories, capacity);
                latitudes = Arrays.copyOf(latitudes, capacity);
                longitudes = Arrays.copyOf(longitudes, capacity);
            }
            slots[size] = slot;
            traits[size] = held;
            firstCategories[size] = category;
            latitudes[size] = latitude;
            longitudes[size] = longitude;
            size++;
        }

        /** Removes the slot (the last entry takes its place); false when it is not here. */
        private boolean remove(int slot) {
            for (int i = 0; i < size; i++) {
                if (slots[i] == slot) {
                    size--;
                    slots[i] = slots[size];
                    traits[i] = traits[size];
                    firstCategories[i] = firstCategories[size];
                    latitudes[i] = latitudes[size];
                    longitudes[i] = longitudes[size];
                    return true;
                }
            }
            return false;
        }
    }

    /** The filled cells. */
    private final Map<Long, Cell> cells = new HashMap<>();

    void add(int slot, int traits, int category, double latitude, double longitude) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return;
        }
        long column = column(longitude);
        long row = row(latitude);
        cells.computeIfAbsent(key(column, row), key -> new Cell(column, row)).add(slot, traits, category,
                latitude, longitude);
    }

    void remove(int slot, double latitude, double longitude) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return;
        }
        long key = key(column(longitude), row(latitude));
        var cell = cells.get(key);
        if (cell != null && cell.remove(slot) && cell.size == 0) {
            cells.remove(key);
        }
    }

    /**
     * Hands every cell that overlaps the area to {@code action} (some of its slots may lie outside it: the caller
     * tests each place). False, with nothing handed on, when the area is unbounded: the caller then passes over every
     * slot.
     */
    boolean forEachCellIn(double south, double west, double north, double east, Consumer<Cell> action) {
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
        if ((x1 - x0 + 1) * (y1 - y0 + 1) <= cells.size()) {
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    var cell = cells.get(key(x, y));
                    if (cell != null) {
                        action.accept(cell);
                    }
                }
            }
        } else {
            // a wide area: fewer filled cells than cells in it
            for (var entry : cells.entrySet()) {
                long x = entry.getKey() >> 32;
                long y = (int) (long) entry.getKey();
                if (x >= x0 && x <= x1 && y >= y0 && y <= y1) {
                    action.accept(entry.getValue());
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
