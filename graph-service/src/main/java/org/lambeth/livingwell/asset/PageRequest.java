package org.lambeth.livingwell.asset;

/**
 * Which page of a search to answer, and how.
 *
 * @param first the page size (at most {@link AssetSearchService#MAX_PAGE}); null for the default
 * @param after the cursor of the edge before the page; null for the first page
 * @param counted whether the total is counted
 * @param fill what of each asset is filled in
 */
public record PageRequest(Integer first, String after, boolean counted, AssetFill fill) {

    /** A counted page of full assets. */
    public static PageRequest of(Integer first, String after) {
        return new PageRequest(first, after, true, AssetFill.FULL);
    }

    /** This page without its total. */
    public PageRequest uncounted() {
        return new PageRequest(first, after, false, fill);
    }

    /** This page with only the fields the index holds. */
    public PageRequest held() {
        return new PageRequest(first, after, counted, AssetFill.HELD);
    }
}
