package org.lambeth.livingwell.asset;

import java.util.List;

/**
 * What one request asks of the cluster index: a box (or anywhere), the grid and the filter, already checked.
 *
 * @param south the box's sides; {@code -Infinity, -Infinity, Infinity, Infinity} for anywhere (also the assets with
 *              no location, as the Cypher search counts them when no area is given)
 * @param visibilities a bit per {@link Visibility} ordinal that may be shown
 * @param categories the category numbers that match (sub-categories included); null for any
 * @param free null for either
 * @param accessibility the feature bits every asset must have (0 for none)
 * @param singles cells of at most this many assets carry their ids
 * @param near the {@code near} filter's circle; null for none
 * @param textQuery the {@code text} filter as a full-text query ({@link TextQuery}); null for none
 * @param hits the text index's matches for {@code textQuery}, found by {@link ClusterIndex}; null until then
 */
record ClusterQuery(double south, double west, double north, double east, double cellLongitude, double cellLatitude,
        int visibilities, boolean[] categories, Boolean free, int accessibility, int singles, NearCircle near,
        String textQuery, AssetTexts.Hits hits) {

    /** The query for lists and counts (no grid): a checked plan's filter parts, in its box or anywhere. */
    static ClusterQuery of(SearchPlan plan, ClusterCategories categories, AssetFilter filter) {
        var within = filter == null ? null : filter.within();
        return of(plan, categories, within == null ? null : within.box(), 1, 1, 0);
    }

    /** The query for a checked plan: its filter parts, in {@code box} (null for anywhere), on the given grid. */
    @SuppressWarnings("unchecked")
    static ClusterQuery of(SearchPlan plan, ClusterCategories categories, AssetFilter.Box box, double cellLongitude,
            double cellLatitude, int singles) {
        var parameters = plan.parameters();
        int accessibility = 0;
        for (var feature : (List<String>) parameters.get("accessibility")) {
            accessibility |= ClusterIndex.featureBit(feature);
        }
        var mask = categories.mask((List<String>) parameters.get("categoryIds"));
        int visibilities = ClusterIndex.visibilityBits((List<String>) parameters.get("visibility"));
        var free = (Boolean) parameters.get("free");
        var near = NearCircle.of(parameters);
        var textQuery = (String) parameters.get("textQuery");
        if (box == null) {
            return new ClusterQuery(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, cellLongitude, cellLatitude, visibilities, mask, free, accessibility,
                    singles, near, textQuery, null);
        }
        return new ClusterQuery(box.south(), box.west(), box.north(), box.east(), cellLongitude, cellLatitude,
                visibilities, mask, free, accessibility, singles, near, textQuery, null);
    }

    /** This query with the text index's matches for its words. */
    ClusterQuery withHits(AssetTexts.Hits found) {
        return new ClusterQuery(south, west, north, east, cellLongitude, cellLatitude, visibilities, categories, free,
                accessibility, singles, near, textQuery, found);
    }

    boolean anywhere() {
        return south == Double.NEGATIVE_INFINITY;
    }

    /** The area to read: the box, narrowed to the box around the {@code near} circle when there is one. */
    double areaSouth() {
        return near == null ? south : Math.max(south, near.south());
    }

    double areaWest() {
        return near == null ? west : Math.max(west, near.west());
    }

    double areaNorth() {
        return near == null ? north : Math.min(north, near.north());
    }

    double areaEast() {
        return near == null ? east : Math.min(east, near.east());
    }

    /**
     * Inside the box (NaN, no location, is in none; anywhere holds all) and, with {@code near}, inside the box around
     * its circle (the distance itself is tested by ClusterPoints).
     */
    boolean inBox(double latitude, double longitude) {
        return (anywhere() || (latitude >= south && latitude <= north && longitude >= west && longitude <= east))
                && (near == null || near.mayHold(latitude, longitude));
    }

    /** The filter's visibility, free and accessibility, on an asset's {@link ClusterPoint#traits()}. */
    boolean matchesTraits(int traits) {
        int visibility = ClusterPoint.visibilityOf(traits);
        return visibility >= 0 && (visibilities & (1 << visibility)) != 0
                && (free == null || ClusterPoint.freeOf(traits) == (free ? 1 : 0))
                && (ClusterPoint.accessibilityOf(traits) & accessibility) == accessibility;
    }

    /** The filter's categories (sub-categories included); true when it asks for none. */
    boolean inCategories(ClusterPoint point) {
        if (categories == null) {
            return true;
        }
        for (int number : point.categories()) {
            if (categories[number]) {
                return true;
            }
        }
        return false;
    }
}
