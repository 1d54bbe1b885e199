package org.lambeth.livingwell.asset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One cell of the cluster grid as it fills: its count, position sums, bounds, first categories and (while few) ids. */
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
    /** Assets counted by their first category's number (-1 for none). */
    final Map<Integer, Long> byCategory = new HashMap<>();
    /** The ids of its assets while there are at most the query's singles; empty after. */
    final List<String> ids = new ArrayList<>();

    GridCell(int x, int y) {
        this.x = x;
        this.y = y;
    }

    void add(ClusterPoint point, int singles) {
        count++;
        sumLatitude += point.latitude();
        sumLongitude += point.longitude();
        south = Math.min(south, point.latitude());
        north = Math.max(north, point.latitude());
        west = Math.min(west, point.longitude());
        east = Math.max(east, point.longitude());
        byCategory.merge(point.categories().length == 0 ? -1 : point.categories()[0], 1L, Long::sum);
        if (count <= singles) {
            ids.add(point.id());
        } else if (!ids.isEmpty()) {
            ids.clear();
        }
    }
}
