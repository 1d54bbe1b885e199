package org.lambeth.livingwell.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields an imported asset row may have, named as CSV columns and GeoJSON properties. Names are matched without
 * regard to case, spaces or hyphens ({@code Opening Hours} is {@code opening_hours}), and a few common aliases are
 * understood ({@code lat}, {@code lng}, {@code url}, {@code category}, {@code telephone}).
 */
final class ImportFields {

    static final String ID = "id";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String CATEGORIES = "categories";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    static final String POSTCODE = "postcode";
    static final String ADDRESS = "address";
    static final String PHONE = "phone";
    static final String EMAIL = "email";
    static final String WEBSITE = "website";
    static final String FREE = "free";
    static final String ACCESSIBILITY = "accessibility";
    static final String VISIBILITY = "visibility";
    static final String OPENING_HOURS = "opening_hours";
    static final String ORGANISATION_ID = "organisation_id";
    static final String ORGANISATION_NAME = "organisation_name";
    /**
     * Open Referral only: the codes and ids of a service's taxonomy terms, separated by ;. Those that are Living Well
     * Map category ids become its categories; the others are left out.
     */
    static final String TAXONOMY_TERMS = "~taxonomy_terms";

    static final List<String> ALL = List.of(ID, NAME, DESCRIPTION, CATEGORIES, LATITUDE, LONGITUDE, POSTCODE, ADDRESS,
            PHONE, EMAIL, WEBSITE, FREE, ACCESSIBILITY, VISIBILITY, OPENING_HOURS, ORGANISATION_ID, ORGANISATION_NAME);

    /** Needed in every row (a location too: latitude and longitude, or a postcode). */
    static final List<String> REQUIRED = List.of(ID, NAME);

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("lat", LATITUDE), Map.entry("lon", LONGITUDE), Map.entry("lng", LONGITUDE),
            Map.entry("long", LONGITUDE), Map.entry("url", WEBSITE), Map.entry("category", CATEGORIES),
            Map.entry("telephone", PHONE), Map.entry("tel", PHONE), Map.entry("post_code", POSTCODE),
            Map.entry("hours", OPENING_HOURS), Map.entry("organisation", ORGANISATION_NAME),
            Map.entry("organization", ORGANISATION_NAME), Map.entry("organization_id", ORGANISATION_ID),
            Map.entry("organization_name", ORGANISATION_NAME));

    private ImportFields() {
    }

    /** The field a header or property names, or null when it is not one we import. */
    static String canonical(String name) {
        if (name == null) {
            return null;
        }
        var normal = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (ALL.contains(normal)) {
            return normal;
        }
        return ALIASES.get(normal);
    }
}
