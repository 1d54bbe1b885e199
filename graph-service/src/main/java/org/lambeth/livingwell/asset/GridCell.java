package org.lambeth.livingwell.asset;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of the cluster grid as it fills: its count, position sums, bounds, first categories and (while few) its
 * assets.
 */
final class GridCell {

    final int x;
    final int y;
    long count;
    double sumLatitude;
    double sumLongitude;
    double south = Double.POSITIVE_INFINITY;
    double west = Double.POSITIVE_INFINITY;
    double north = Double.NEGATIVE_INFINITY;
    double east = Double.NEGATIVE_INFINITY;
    /** Assets counted by their first category's number; the last slot for those with none. */
    final long[] byCategory;
    /** Its assets while there are at most the query's singles; empty after. */
    final List<ClusterPoint> singles = new ArrayList<>();

    GridCell(int x, int y, int categories) {
        this.x = x;
        this.y = y;
        this.byCategory = new long[categories + 1];
    }

    void add(ClusterPoint point, int singles) {
        double latitude = point.latitude();
        double longitude = point.longitude();
        count++;
        sumLatitude += latitude;
        sumLongitude += longitude;
        south = Math.min(south, latitude);
        north = Math.max(north, latitude);
        west = Math.min(west, longitude);
        east = Math.max(east, longitude);
        byCategory[point.categories().length == 0 ? byCategory.length - 1 : point.categories()[0]]++;
        if (count <= singles) {
            this.singles.add(point);
        } else if (!this.singles.isEmpty()) {
            this.singles.clear();
        }
    }
}
