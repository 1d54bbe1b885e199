package org.lambeth.livingwell.asset.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One cell of the cluster grid as it fills: its count, position sums, bounds, first categories and (while few) its
 * assets.
 */
public final class GridCell {

    private final int x;
    private final int y;
    private long count;
    private double sumLatitude;
    private double sumLongitude;
    private double south = Double.POSITIVE_INFINITY;
    private double west = Double.POSITIVE_INFINITY;
    private double north = Double.NEGATIVE_INFINITY;
    private double east = Double.NEGATIVE_INFINITY;
    /** Assets counted by their first category's number; the last slot for those with none. */
    private final long[] byCategory;
    /** Its assets while there are at most the query's singles; empty after. */
    private final List<IndexedAsset> singles = new ArrayList<>();

    public GridCell(int x, int y, int categories) {
        this.x = x;
        this.y = y;
        this.byCategory = new long[categories + 1];
    }

    /**
     * Counts the asset at its place with its first category ({@link IndexedAsset#firstCategory()}), both as the
     * index keeps them beside its slot, so that a large cell never reads the record itself.
     */
    public void add(IndexedAsset point, double latitude, double longitude, int category, int singles) {
        count++;
        sumLatitude += latitude;
        sumLongitude += longitude;
        south = Math.min(south, latitude);
        north = Math.max(north, latitude);
        west = Math.min(west, longitude);
        east = Math.max(east, longitude);
        byCategory[category < 0 ? byCategory.length - 1 : category]++;
        if (count <= singles) {
            this.singles.add(point);
        } else if (!this.singles.isEmpty()) {
            this.singles.clear();
        }
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public long count() {
        return count;
    }

    public double meanLatitude() {
        return sumLatitude / count;
    }

    public double meanLongitude() {
        return sumLongitude / count;
    }

    public double south() {
        return south;
    }

    public double west() {
        return west;
    }

    public double north() {
        return north;
    }

    public double east() {
        return east;
    }

    /** How many of its assets have the category with this number as their first (primary) category. */
    public long inCategory(int number) {
        return byCategory[number];
    }

    /** Its assets while there are at most the query's singles; empty after (a read-only view). */
    public List<IndexedAsset> singles() {
        return Collections.unmodifiableList(singles);
    }
}
