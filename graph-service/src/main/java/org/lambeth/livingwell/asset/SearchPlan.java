package org.lambeth.livingwell.asset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.api.InvalidArgumentException;

/**
 * A checked filter, ready to run: the {@link SearchFilter} and which entry fragment narrows the search first (the
 * full-text index, the point index, a locality's LOCATED_IN, a box, categories, or every asset).
 *
 * @param scope a digest of the filter, so that a cursor from another search is refused
 */
public record SearchPlan(SearchFilter filter, String scope) {

    static final String FRAGMENTS = "asset/search/_";
    /** The entry fragments, {@code _from_<entry>.cypher}, most selective first. */
    public static final List<String> ENTRIES = List.of("text", "near", "locality", "box", "categories", "all");
    /** The entries that seek the point index. */
    public static final List<String> SPATIAL_ENTRIES = List.of("near", "box");

    /** The entry fragment: the filter's most selective part ({@link #ENTRIES}). */
    String entry() {
        return filter.entry();
    }

    boolean hasNear() {
        return filter.near() != null;
    }

    boolean hasText() {
        return filter.textQuery() != null;
    }

    /** The fragments of a template for this plan's entry: entry and filter only (facets, clusters). */
    Map<String, String> fragments() {
        return Map.of("entry", FRAGMENTS + "from_" + entry(), "filter", FRAGMENTS + "filter");
    }

    /** The fragments of a list template for this plan's entry: entry, filter, the order and the asset columns. */
    Map<String, String> fragments(AssetSort order) {
        var fragments = new HashMap<>(fragments());
        fragments.put("order", FRAGMENTS + "order_" + order.name().toLowerCase(java.util.Locale.ROOT));
        fragments.put("columns", FRAGMENTS + "asset_columns");
        return fragments;
    }

    /** The sort asked for, or the default: DISTANCE with near, RELEVANCE with text, otherwise NAME. */
    AssetSort sort(AssetSort asked) {
        if (asked == null) {
            return hasNear() ? AssetSort.DISTANCE : hasText() ? AssetSort.RELEVANCE : AssetSort.NAME;
        }
        if (asked == AssetSort.DISTANCE && !hasNear()) {
            throw new InvalidArgumentException("sort", "DISTANCE needs filter.near: there is no place to measure from");
        }
        if (asked == AssetSort.RELEVANCE && !hasText()) {
            throw new InvalidArgumentException("sort", "RELEVANCE needs filter.text: there are no words to rank by");
        }
        return asked;
    }

    /** The filter's Cypher parameters and {@code more}. */
    Map<String, Object> with(Map<String, Object> more) {
        var all = filter.parameters();
        all.putAll(more);
        return all;
    }
}
