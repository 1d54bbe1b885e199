package org.lambeth.livingwell.asset;

import java.util.List;

import org.lambeth.livingwell.locality.LocalityView;
import org.lambeth.livingwell.party.OrganisationView;

/** An asset as GraphQL shows it: everything the Asset type needs, read in the same query. */
record AssetView(String id, String name, String description, List<CategoryView> categories, GeoPoint location,
        String address, String postcode, List<LocalityView> localities, List<OrganisationView> runBy,
        boolean inBorough, String source) {

    /** A WGS-84 point. */
    record GeoPoint(double latitude, double longitude) {
    }

    /** A category; its parent is resolved from parentId when asked for. */
    record CategoryView(String id, String name, String parentId) {
    }
}
