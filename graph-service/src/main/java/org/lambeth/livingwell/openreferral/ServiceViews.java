package org.lambeth.livingwell.openreferral;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lambeth.livingwell.asset.hours.OpeningHours;

/**
 * A public asset (a row of the openreferral statements) as Open Referral UK objects: one service, at one location,
 * through one service_at_location. The organisation that runs it is the service's organization (the first by id when
 * several do; none when nobody is recorded as running it: the profile's JSON schema requires organization_id only of
 * its tabular form). Categories are attributes linking taxonomy terms; the phone is an HSDS {@code phones} entry.
 *
 * @param baseUrl the feed's own address ({@code http://host/openreferral}); a service with no website of its own or
 *        of its organisation links to its record here, since the profile requires a url
 */
record ServiceViews(String baseUrl) {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX");

    /** The one-to-one fields of a service and its organization (the list endpoints' shape). */
    Map<String, Object> summary(Map<String, ?> row) {
        var assetId = (String) row.get("id");
        var service = new LinkedHashMap<String, Object>();
        service.put("id", OpenReferralIds.service(assetId).toString());
        var organisation = runner(row);
        if (organisation != null) {
            service.put("organization_id", OpenReferralIds.organization((String) organisation.get("id")).toString());
        }
        service.put("name", row.get("name"));
        putIfPresent(service, "description", row.get("description"));
        service.put("url", url(row, organisation, assetId));
        putIfPresent(service, "email", Links.email(row.get("email")));
        service.put("status", "active");
        if (row.get("updatedAt") instanceof ZonedDateTime updatedAt) {
            service.put("last_modified", MILLIS.format(updatedAt.withZoneSameInstant(java.time.ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MILLIS)));
        }
        if (organisation != null) {
            service.put("organization", Taxonomy.organization(organisation));
        }
        return service;
    }

    /** The service with all its related data (the shape of GET /services/{id}). */
    Map<String, Object> full(Map<String, ?> row) {
        var assetId = (String) row.get("id");
        var serviceId = OpenReferralIds.service(assetId).toString();
        var service = summary(row);
        service.put("schedules", Schedules.of(assetId, hours(row)));
        service.put("service_areas", List.of());
        service.put("service_at_locations", List.of(serviceAtLocation(row, false)));
        service.put("languages", List.of());
        service.put("funding", List.of());
        service.put("cost_options", costOptions(row, assetId, serviceId));
        service.put("contacts", List.of());
        service.put("phones", phones(row, assetId, serviceId));
        service.put("attributes", attributes(row, assetId, serviceId));
        return service;
    }

    /** The service's one service_at_location, with its location and, for the list endpoint, the service summary. */
    Map<String, Object> serviceAtLocation(Map<String, ?> row, boolean withService) {
        var assetId = (String) row.get("id");
        var link = new LinkedHashMap<String, Object>();
        link.put("id", OpenReferralIds.serviceAtLocation(assetId).toString());
        link.put("service_id", OpenReferralIds.service(assetId).toString());
        link.put("location_id", OpenReferralIds.location(assetId).toString());
        link.put("location", location(row));
        if (withService) {
            link.put("service", summary(row));
        }
        return link;
    }

    private Map<String, Object> location(Map<String, ?> row) {
        var assetId = (String) row.get("id");
        var locationId = OpenReferralIds.location(assetId).toString();
        var location = new LinkedHashMap<String, Object>();
        location.put("id", locationId);
        location.put("location_type", "physical");
        location.put("name", row.get("name"));
        location.put("latitude", row.get("latitude"));
        location.put("longitude", row.get("longitude"));
        if (row.get("uprn") instanceof String uprn && !uprn.isBlank()) {
            location.put("external_identifier", uprn);
            location.put("external_identifier_type", "UPRN");
        }
        var addresses = new ArrayList<Map<String, Object>>();
        if (row.get("address") instanceof String address && !address.isBlank()
                && row.get("postcode") instanceof String postcode && !postcode.isBlank()) {
            var physical = new LinkedHashMap<String, Object>();
            physical.put("id", OpenReferralIds.address(assetId).toString());
            physical.put("location_id", locationId);
            physical.put("address_1", address);
            physical.put("city", "London");
            physical.put("state_province", "Greater London");
            physical.put("postal_code", postcode);
            physical.put("country", "GB");
            physical.put("address_type", "physical");
            addresses.add(physical);
        }
        location.put("addresses", addresses);
        var accessibility = new ArrayList<Map<String, Object>>();
        if (row.get("accessibility") instanceof List<?> features) {
            for (var feature : features) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("id", OpenReferralIds.accessibility(assetId, String.valueOf(feature)).toString());
                entry.put("location_id", locationId);
                entry.put("description", describe(String.valueOf(feature)));
                accessibility.add(entry);
            }
        }
        location.put("accessibility", accessibility);
        return location;
    }

    private static List<Map<String, Object>> attributes(Map<String, ?> row, String assetId, String serviceId) {
        var attributes = new ArrayList<Map<String, Object>>();
        if (row.get("categories") instanceof List<?> categories) {
            for (var item : categories) {
                @SuppressWarnings("unchecked")
                var category = (Map<String, Object>) item;
                var term = Taxonomy.term(category);
                var attribute = new LinkedHashMap<String, Object>();
                attribute.put("id", OpenReferralIds.attribute(assetId, (String) category.get("id")).toString());
                attribute.put("link_id", serviceId);
                attribute.put("link_type", "category");
                attribute.put("link_entity", "service");
                attribute.put("taxonomy_term_id", term.get("id"));
                attribute.put("taxonomy_term", term);
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    private static List<Map<String, Object>> phones(Map<String, ?> row, String assetId, String serviceId) {
        if (!(row.get("phone") instanceof String number) || number.isBlank()) {
            return List.of();
        }
        var phone = new LinkedHashMap<String, Object>();
        phone.put("id", OpenReferralIds.phone(assetId).toString());
        phone.put("service_id", serviceId);
        phone.put("number", number.strip());
        return List.of(phone);
    }

    private static List<Map<String, Object>> costOptions(Map<String, ?> row, String assetId, String serviceId) {
        if (!Boolean.TRUE.equals(row.get("free"))) {
            return List.of();
        }
        var free = new LinkedHashMap<String, Object>();
        free.put("id", OpenReferralIds.costOption(assetId).toString());
        free.put("service_id", serviceId);
        free.put("option", "Free");
        free.put("amount", 0);
        free.put("amount_description", "Free to use");
        return List.of(free);
    }

    /** Stored hours, or none when the stored lists cannot be read (a schedule is better missing than wrong). */
    @SuppressWarnings("unchecked")
    private static OpeningHours hours(Map<String, ?> row) {
        try {
            return OpeningHours.decode((List<Long>) row.get("weeklyOpen"), (List<Long>) row.get("openExceptions"));
        } catch (IllegalArgumentException | ClassCastException e) {
            return OpeningHours.none();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> runner(Map<String, ?> row) {
        if (!(row.get("organisations") instanceof List<?> organisations) || organisations.isEmpty()) {
            return null;
        }
        return organisations.stream().map(o -> (Map<String, Object>) o)
                .min(java.util.Comparator.comparing(o -> (String) o.get("id"))).orElseThrow();
    }

    private String url(Map<String, ?> row, Map<String, Object> organisation, String assetId) {
        var own = Links.web(row.get("website"));
        if (own != null) {
            return own;
        }
        var theirs = organisation == null ? null : Links.web(organisation.get("website"));
        return theirs != null ? theirs : baseUrl + "/services/" + OpenReferralIds.service(assetId);
    }

    /** {@code STEP_FREE_ACCESS} as "Step free access". */
    static String describe(String feature) {
        var words = feature.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
