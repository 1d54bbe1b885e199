package org.lambeth.livingwell.asset.index;

import org.lambeth.livingwell.asset.AssetFilter;
import org.lambeth.livingwell.asset.SearchPlan;

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
 * @param hits the text index's matches for {@code textQuery}, found by {@link SearchIndex}; null until then
 */
public record IndexQuery(double south, double west, double north, double east, double cellLongitude, double cellLatitude,
        int visibilities, boolean[] categories, Boolean free, int accessibility, int singles, NearCircle near,
        String textQuery, AssetTexts.Hits hits) {

    /** The query for lists and counts (no grid): a checked plan's filter parts, in its box or anywhere. */
    public static IndexQuery of(SearchPlan plan, IndexedCategories categories) {
        return of(plan, categories, plan.filter().box(), 1, 1, 0);
    }

    /** The query for a checked plan: its filter parts, in {@code box} (null for anywhere), on the given grid. */
    public static IndexQuery of(SearchPlan plan, IndexedCategories categories, AssetFilter.Box box, double cellLongitude,
            double cellLatitude, int singles) {
        var filter = plan.filter();
        int accessibility = 0;
        for (var feature : filter.accessibility()) {
            accessibility |= 1 << feature.ordinal();
        }
        var mask = categories.mask(filter.categoryIds());
        int visibilities = 0;
        for (var visibility : filter.visibility()) {
            visibilities |= 1 << visibility.ordinal();
        }
        var free = filter.free();
        var near = filter.near() == null ? null : NearCircle.of(filter.near());
        var textQuery = filter.textQuery();
        if (box == null) {
            return new IndexQuery(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, cellLongitude, cellLatitude, visibilities, mask, free, accessibility,
                    singles, near, textQuery, null);
        }
        return new IndexQuery(box.south(), box.west(), box.north(), box.east(), cellLongitude, cellLatitude,
                visibilities, mask, free, accessibility, singles, near, textQuery, null);
    }

    /** This query with the text index's matches for its words. */
    public IndexQuery withHits(AssetTexts.Hits found) {
        return new IndexQuery(south, west, north, east, cellLongitude, cellLatitude, visibilities, categories, free,
                accessibility, singles, near, textQuery, found);
    }

    public boolean anywhere() {
        return south == Double.NEGATIVE_INFINITY;
    }

    /** The area to read: the box, narrowed to the box around the {@code near} circle when there is one. */
    public double areaSouth() {
        return near == null ? south : Math.max(south, near.south());
    }

    public double areaWest() {
        return near == null ? west : Math.max(west, near.west());
    }

    public double areaNorth() {
        return near == null ? north : Math.min(north, near.north());
    }

    public double areaEast() {
        return near == null ? east : Math.min(east, near.east());
    }

    /**
     * Inside the box (NaN, no location, is in none; anywhere holds all) and, with {@code near}, inside the box around
     * its circle (the distance itself is tested by IndexedAssets).
     */
    public boolean inBox(double latitude, double longitude) {
        return (anywhere() || (latitude >= south && latitude <= north && longitude >= west && longitude <= east))
                && (near == null || near.mayHold(latitude, longitude));
    }

    /** The filter's visibility, free and accessibility, on an asset's {@link IndexedAsset#traits()}. */
    public boolean matchesTraits(int traits) {
        int visibility = IndexedAsset.visibilityOf(traits);
        return visibility >= 0 && (visibilities & (1 << visibility)) != 0
                && (free == null || IndexedAsset.freeOf(traits) == (free ? 1 : 0))
                && (IndexedAsset.accessibilityOf(traits) & accessibility) == accessibility;
    }

    /** The filter's categories (sub-categories included); true when it asks for none. */
    public boolean inCategories(IndexedAsset point) {
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
