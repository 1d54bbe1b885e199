package org.lambeth.livingwell.asset.index;

import org.lambeth.livingwell.asset.hours.AccessibilityFeature;

/**
 * The facet counts of the matching assets as the cluster index counts them, as facet_assets.cypher does: an asset
 * counts once under each of its categories and every broader one, under each locality it is in, and under each
 * accessibility feature it has.
 */
public final class FacetTally {

    private long total;
    private final long[] categories;
    private final long[] localities;
    private final long[] features = new long[AccessibilityFeature.values().length];
    private final IndexedCategories categoryTree;
    private final int[] seen;
    private int stamp;

    public FacetTally(IndexedCategories categories, IndexedLocalities localities) {
        this.categoryTree = categories;
        this.categories = new long[categories.size()];
        this.localities = new long[localities.size()];
        this.seen = new int[categories.size()];
    }

    public void add(IndexedAsset point) {
        total++;
        stamp++;
        for (int category : point.categories()) {
            // up the tree, each category once for this asset however many of its categories share it
            for (int c = category; c >= 0 && seen[c] != stamp; c = categoryTree.parent(c)) {
                seen[c] = stamp;
                categories[c]++;
            }
        }
        for (int locality : point.localities()) {
            localities[locality]++;
        }
        for (int f = 0; f < features.length; f++) {
            if ((point.accessibility() & (1 << f)) != 0) {
                features[f]++;
            }
        }
    }

    public long total() {
        return total;
    }

    /** How many categories, and so category numbers, it counts under. */
    public int categorySlots() {
        return categories.length;
    }

    public long inCategory(int number) {
        return categories[number];
    }

    public int localitySlots() {
        return localities.length;
    }

    public long inLocality(int number) {
        return localities[number];
    }

    public long withFeature(AccessibilityFeature feature) {
        return features[feature.ordinal()];
    }
}
