package org.lambeth.livingwell.asset;

/**
 * One asset as the cluster index holds it: its place and what a cluster filter can ask of it.
 *
 * @param name its name as stored (what a marker shows); null for none
 * @param sortName its name lower-cased by Cypher's toLower (the NAME order of _order_name.cypher); null for none
 * @param latitude NaN when the asset has no location (it is then in no box)
 * @param visibility the ordinal of its {@link Visibility}, -1 when unknown (it then matches no filter)
 * @param free 1 free, 0 not free, -1 not known
 * @param accessibility a bit per {@link org.lambeth.livingwell.asset.hours.AccessibilityFeature} ordinal
 * @param categories category numbers (see {@link ClusterCategories}), in the store's order: the first is the one a
 *                   cluster's top categories count it under
 * @param localities locality numbers (see {@link ClusterLocalities}) of the localities it is in
 */
record ClusterPoint(String id, String name, String sortName, double latitude, double longitude, int visibility,
        int free, int accessibility, int[] categories, int[] localities) {
}
