package org.lambeth.livingwell.asset;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.index.IndexQuery;
import org.lambeth.livingwell.asset.index.IndexedCategories;

/**
 * The grid of one assetClusters request: cells about {@link #CELL_PIXELS} screen pixels wide at its zoom, anchored
 * at 0,0 so they do not move as the map pans, and how many assets a cell may show one by one.
 */
record ClusterGrid(AssetFilter.Box box, int zoom, double cellLongitude, double cellLatitude, int singles) {

    static final int MAX_ZOOM = 20;
    /** From this zoom, every asset is shown by itself. */
    static final int SINGLES_ZOOM = 17;
    /** Cells with at most this many assets are shown as single assets. */
    static final int SMALL_CELL = 3;
    /** At most this many single assets in one answer. */
    static final int MAX_SINGLES = 2_000;
    /** Grid cells are about this many screen pixels wide (256-pixel web-map tiles). */
    static final int CELL_PIXELS = 64;

    /** The checked grid for a request (the box is checked by the search planner). */
    static ClusterGrid of(AssetFilter.Box box, Integer zoom, AssetFilter filter) {
        if (zoom == null || zoom < 0 || zoom > MAX_ZOOM) {
            throw new InvalidArgumentException("zoom", "must be from 0 to " + MAX_ZOOM + ", was "
                    + zoom);
        }
        if (filter != null && filter.within() != null) {
            throw new InvalidArgumentException("filter.within", "leave it out: assetClusters takes its area from box");
        }
        SearchPlanner.checkedBox(box, "box");
        double cellLongitude = 360.0 * CELL_PIXELS / (256.0 * (1L << zoom));
        double middle = Math.rint((box.south() + box.north()) / 2);
        double cellLatitude = cellLongitude * Math.cos(Math.toRadians(middle));
        int singles = zoom >= SINGLES_ZOOM ? MAX_SINGLES
                : SMALL_CELL;
        return new ClusterGrid(box, zoom, cellLongitude, cellLatitude, singles);
    }

    /** The index's query for this grid and a checked plan of the filter. */
    IndexQuery query(SearchPlan plan, IndexedCategories categories) {
        return IndexQuery.of(plan, categories, box, cellLongitude, cellLatitude, singles);
    }
}
