package org.lambeth.livingwell.openreferral;

import java.util.List;
import java.util.Map;


/**
 * The filter of the services and service_at_locations lists, read from the query parameters: {@code search} (or
 * {@code text}, as earlier versions of the profile called it), {@code taxonomy_term_id}, {@code taxonomy_id} and, for
 * service_at_locations, {@code postcode} with {@code proximity}. The profile's age and time filters are refused with
 * 400, since the graph records neither ages nor a way to match them.
 *
 * @param textQuery the full-text query, or null
 * @param categoryId the category asked for, or null
 * @param matchesNothing a taxonomy or term this feed does not have was asked for
 * @param near the place and radius, or null
 */
record ServiceFilter(String textQuery, String categoryId, boolean matchesNothing, FeedQueries.Near near) {

    static final List<String> UNSUPPORTED = List.of("minimum_age", "maximum_age", "start_time", "end_time", "day");

    static ServiceFilter read(Map<String, String> parameters, FeedQueries queries, boolean placeAllowed) {
        for (var name : UNSUPPORTED) {
            if (parameters.containsKey(name)) {
                throw new BadParameterException(name, parameters.get(name), "is not supported by this feed");
            }
        }
        var search = parameters.containsKey("search") ? "search" : "text";
        var textQuery = SearchText.query(search, parameters.get(search));
        boolean nothing = false;
        var taxonomyId = parameters.get("taxonomy_id");
        if (taxonomyId != null) {
            var uuid = OpenReferralIds.parse(taxonomyId.strip())
                    .orElseThrow(() -> new BadParameterException("taxonomy_id", taxonomyId, "is not a UUID"));
            nothing = !uuid.equals(OpenReferralIds.TAXONOMY);
        }
        String categoryId = null;
        var termId = parameters.get("taxonomy_term_id");
        if (termId != null) {
            var uuid = OpenReferralIds.parse(termId.strip())
                    .orElseThrow(() -> new BadParameterException("taxonomy_term_id", termId, "is not a UUID"));
            categoryId = Taxonomy.categoryOf(uuid.toString(), queries.categories());
            nothing |= categoryId == null;
        }
        FeedQueries.Near near = null;
        var postcode = parameters.get("postcode");
        var proximity = parameters.get("proximity");
        if (!placeAllowed && (postcode != null || proximity != null)) {
            var name = postcode != null ? "postcode" : "proximity";
            throw new BadParameterException(name, parameters.get(name), "only service_at_locations takes a place");
        }
        if (proximity != null && postcode == null) {
            throw new BadParameterException("proximity", proximity, "needs a postcode to measure from");
        }
        if (postcode != null) {
            double metres = Proximity.metres(proximity);
            near = locate(postcode, queries, metres);
        }
        return new ServiceFilter(textQuery, categoryId, nothing, near);
    }

    private static FeedQueries.Near locate(String text, FeedQueries queries, double metres) {
        var centroid = queries.postcode(text);
        return new FeedQueries.Near(centroid.latitude(), centroid.longitude(), metres);
    }
}
