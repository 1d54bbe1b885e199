package org.lambeth.livingwell.asset;

import org.lambeth.livingwell.api.InvalidArgumentException;

/**
 * The grid of one assetClusters request: cells about {@link AssetSearchService#CELL_PIXELS} screen pixels wide at
 * its zoom, anchored at 0,0 so they do not move as the map pans, and how many assets a cell may show one by one.
 */
record ClusterGrid(AssetFilter.Box box, int zoom, double cellLongitude, double cellLatitude, int singles) {

    /** The checked grid for a request (the box is checked by the search planner). */
    static ClusterGrid of(AssetFilter.Box box, Integer zoom, AssetFilter filter) {
        if (zoom == null || zoom < 0 || zoom > AssetSearchService.MAX_ZOOM) {
            throw new InvalidArgumentException("zoom", "must be from 0 to " + AssetSearchService.MAX_ZOOM + ", was "
                    + zoom);
        }
        if (filter != null && filter.within() != null) {
            throw new InvalidArgumentException("filter.within", "leave it out: assetClusters takes its area from box");
        }
        SearchPlanner.boxParameters(box, "box");
        double cellLongitude = 360.0 * AssetSearchService.CELL_PIXELS / (256.0 * (1L << zoom));
        double middle = Math.rint((box.south() + box.north()) / 2);
        double cellLatitude = cellLongitude * Math.cos(Math.toRadians(middle));
        int singles = zoom >= AssetSearchService.SINGLES_ZOOM ? AssetSearchService.MAX_SINGLES
                : AssetSearchService.SMALL_CELL;
        return new ClusterGrid(box, zoom, cellLongitude, cellLatitude, singles);
    }

    /** The index's query for this grid and a checked plan of the filter. */
    ClusterQuery query(SearchPlan plan, ClusterCategories categories) {
        return ClusterQuery.of(plan, categories, box, cellLongitude, cellLatitude, singles);
    }
}
