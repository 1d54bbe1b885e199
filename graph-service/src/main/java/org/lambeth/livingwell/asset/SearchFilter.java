package org.lambeth.livingwell.asset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.asset.hours.AccessibilityFeature;

/**
 * An {@link AssetFilter} once {@link SearchPlanner} has checked it: each part typed, resolved (a postcode is a
 * centre) and in range, null (or empty) for the parts not asked for. Both the Cypher parameters
 * ({@link #parameters()}) and the search index's query are built from it, so the two read the same filter.
 *
 * @param near the circle to search in; null for none
 * @param locality the id of the locality to search in; null for none
 * @param box the checked box to search in; null for none (never given together with {@code locality})
 * @param categoryIds the category ids (distinct) an asset must be in, one at least; null for any
 * @param textQuery the words as a full-text query ({@link TextQuery}); null for none
 * @param free null for either
 * @param accessibility the features every asset must have (distinct); empty for none
 * @param visibility the visibilities that may be shown (distinct, at least PUBLIC by default)
 * @param openAt the moment at which an asset must be open; null for any
 */
public record SearchFilter(Near near, String locality, AssetFilter.Box box, List<String> categoryIds,
        String textQuery, Boolean free, List<AccessibilityFeature> accessibility, List<Visibility> visibility,
        OpeningTime openAt) {

    /** A checked circle: its centre (WGS-84 degrees) and radius. */
    public record Near(double latitude, double longitude, double radiusMetres) {
    }

    public SearchFilter {
        accessibility = List.copyOf(accessibility);
        visibility = List.copyOf(visibility);
        categoryIds = categoryIds == null ? null : List.copyOf(categoryIds);
    }

    /** The parameters of the search templates' fragments (queries/cypher/asset/search): every key, null when off. */
    public Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        parameters.put("latitude", near == null ? null : near.latitude());
        parameters.put("longitude", near == null ? null : near.longitude());
        parameters.put("radiusMetres", near == null ? null : near.radiusMetres());
        parameters.put("locality", locality);
        parameters.put("south", box == null ? null : box.south());
        parameters.put("west", box == null ? null : box.west());
        parameters.put("north", box == null ? null : box.north());
        parameters.put("east", box == null ? null : box.east());
        parameters.put("categoryIds", categoryIds);
        parameters.put("textQuery", textQuery);
        parameters.put("free", free);
        parameters.put("accessibility", accessibility.stream().map(AccessibilityFeature::name).toList());
        parameters.put("visibility", visibility.stream().map(Visibility::name).toList());
        parameters.putAll(openAt == null ? OpeningTime.noParameters() : openAt.parameters());
        return parameters;
    }

    /** The fragment that narrows the search first: the most selective part asked for ({@link SearchPlan#ENTRIES}). */
    String entry() {
        return textQuery != null ? "text" : near != null ? "near" : locality != null ? "locality"
                : box != null ? "box" : categoryIds != null ? "categories" : "all";
    }
}
