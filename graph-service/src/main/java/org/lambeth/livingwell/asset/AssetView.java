package org.lambeth.livingwell.asset;

import java.time.ZonedDateTime;
import java.util.List;

import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.locality.LocalityView;
import org.lambeth.livingwell.party.OrganisationView;

/**
 * An asset as GraphQL shows it: everything the Asset type needs, read in the same query.
 *
 * @param openingHours null when the source records no hours
 * @param free null when the cost is not recorded
 */
public record AssetView(String id, String name, String description, List<CategoryView> categories, GeoPoint location,
        String address, String postcode, List<LocalityView> localities, List<OrganisationView> runBy,
        boolean inBorough, String source, Contact contact, OpeningHours openingHours,
        List<AccessibilityFeature> accessibility, Boolean free, Visibility visibility, ZonedDateTime updatedAt) {

    /** A WGS-84 point. */
    public record GeoPoint(double latitude, double longitude) {
    }

    /** A category; its parent is resolved from parentId when asked for. */
    public record CategoryView(String id, String name, String parentId) {
    }

    /** How to get in touch. */
    public record Contact(String phone, String email, String website) {
    }
}
