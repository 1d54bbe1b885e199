package org.lambeth.livingwell.openreferral;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Optional;
import java.util.UUID;

/**
 * The feed's identifiers. Open Referral UK wants a UUID for every object, and the graph keys its nodes by the sources'
 * own ids, so each UUID is derived from a node id (a name-based UUID of {@code "<kind>:<id>"}): stable across restarts
 * and reloads, nothing stored. {@link IdDirectory} turns the UUIDs back into node ids.
 */
final class OpenReferralIds {

    /** The one taxonomy of the feed: the map's categories. */
    static final UUID TAXONOMY = of("taxonomy", "living-well-map-categories");

    private OpenReferralIds() {
    }

    static UUID service(String assetId) {
        return of("asset", assetId);
    }

    static UUID location(String assetId) {
        return of("location", assetId);
    }

    static UUID serviceAtLocation(String assetId) {
        return of("service_at_location", assetId);
    }

    static UUID address(String assetId) {
        return of("address", assetId);
    }

    static UUID phone(String assetId) {
        return of("phone", assetId);
    }

    static UUID costOption(String assetId) {
        return of("cost_option", assetId);
    }

    static UUID organization(String organisationId) {
        return of("organisation", organisationId);
    }

    static UUID taxonomyTerm(String categoryId) {
        return of("category", categoryId);
    }

    /** The link of a service to one of its categories. */
    static UUID attribute(String assetId, String categoryId) {
        return of("attribute", assetId + "\u0000" + categoryId);
    }

    static UUID accessibility(String assetId, String feature) {
        return of("accessibility", assetId + "\u0000" + feature);
    }

    /** One schedule of a service; {@code key} tells it from the service's other schedules. */
    static UUID schedule(String assetId, String key) {
        return of("schedule", assetId + "\u0000" + key);
    }

    /** The UUID a path segment spells (any case), or empty when it is not a UUID. */
    static Optional<UUID> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            var uuid = UUID.fromString(text);
            return uuid.toString().equalsIgnoreCase(text) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static UUID of(String kind, String id) {
        return UUID.nameUUIDFromBytes((kind + ":" + id).getBytes(UTF_8));
    }
}
