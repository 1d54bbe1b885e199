package org.lambeth.livingwell.asset.index;

/**
 * One asset as the cluster index holds it: its place and what a cluster filter can ask of it.
 *
 * @param name its name as stored (what a marker shows); null for none
 * @param sortName its name lower-cased by Cypher's toLower (the NAME order of _order_name.cypher); null for none
 * @param latitude NaN when the asset has no location (it is then in no box)
 * @param visibility the ordinal of its {@link Visibility}, -1 when unknown (it then matches no filter)
 * @param free 1 free, 0 not free, -1 not known
 * @param accessibility a bit per {@link org.lambeth.livingwell.asset.hours.AccessibilityFeature} ordinal
 * @param categories category numbers (see {@link IndexedCategories}), by category id: the first (the primary one) is
 *                   the one a cluster's top categories count it under
 * @param localities locality numbers (see {@link IndexedLocalities}) of the localities it is in
 */
public record IndexedAsset(String id, String name, String sortName, double latitude, double longitude, int visibility,
        int free, int accessibility, int[] categories, int[] localities) {

    /**
     * Its visibility, free and accessibility in one int, never 0 (so that 0 marks an empty slot): bit 0 set, bits
     * 1-3 visibility + 1, bits 4-5 free + 1, from bit 8 the accessibility bits. {@link IndexQuery#matchesTraits}
     * tests them without reading the record, which for a search with many matches is most of the cost.
     */
    public int traits() {
        return 1 | (visibility + 1) << 1 | (free + 1) << 4 | accessibility << 8;
    }

    /** The number of its first category, -1 with none (clusters count an asset by it). */
    public int firstCategory() {
        return categories.length == 0 ? -1 : categories[0];
    }

    /** The visibility ordinal in {@code traits} (-1 unknown). */
    public static int visibilityOf(int traits) {
        return ((traits >>> 1) & 7) - 1;
    }

    /** The free value in {@code traits}: 1 free, 0 not free, -1 not known. */
    public static int freeOf(int traits) {
        return ((traits >>> 4) & 3) - 1;
    }

    /** The accessibility bits in {@code traits}. */
    public static int accessibilityOf(int traits) {
        return traits >>> 8;
    }
}
