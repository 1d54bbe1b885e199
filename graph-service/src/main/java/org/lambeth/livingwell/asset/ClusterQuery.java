package org.lambeth.livingwell.asset;

/**
 * What one assetClusters request asks of the cluster index: a box, the grid and the filter, already checked.
 *
 * @param visibilities a bit per {@link Visibility} ordinal that may be shown
 * @param categories the category numbers that match (sub-categories included); null for any
 * @param free null for either
 * @param accessibility the feature bits every asset must have (0 for none)
 * @param singles cells of at most this many assets carry their ids
 */
record ClusterQuery(double south, double west, double north, double east, double cellLongitude, double cellLatitude,
        int visibilities, boolean[] categories, Boolean free, int accessibility, int singles) {

    boolean matches(ClusterPoint point) {
        return point.latitude() >= south && point.latitude() <= north
                && point.longitude() >= west && point.longitude() <= east
                && point.visibility() >= 0 && (visibilities & (1 << point.visibility())) != 0
                && (free == null || point.free() == (free ? 1 : 0))
                && (point.accessibility() & accessibility) == accessibility
                && inCategories(point.categories());
    }

    private boolean inCategories(int[] numbers) {
        if (categories == null) {
            return true;
        }
        for (int number : numbers) {
            if (categories[number]) {
                return true;
            }
        }
        return false;
    }
}
