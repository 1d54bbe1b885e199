package org.lambeth.livingwell.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.asset.hours.OpeningHoursText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mapping of an asset row to Open Referral objects, checked against the vendored schemas without a database. */
class ServiceViewsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ServiceViews VIEWS = new ServiceViews("http://localhost/openreferral");

    static Map<String, Object> row() {
        var hours = OpeningHoursText.fromSchemeNotes("Mon - Fri: 09:00 - 17:00 Sat: 10:00 - 01:00");
        var row = new HashMap<String, Object>();
        row.put("id", "lambeth-library-7");
        row.put("name", "Brixton Library");
        row.put("description", "A library");
        row.put("address", "Brixton Oval");
        row.put("postcode", "SW2 1JQ");
        row.put("uprn", "100023000000");
        row.put("phone", "020 7926 1056");
        row.put("email", "library@example.org");
        row.put("website", "www.lambeth.gov.uk/libraries");
        row.put("free", true);
        row.put("updatedAt", ZonedDateTime.of(2012, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        row.put("weeklyOpen", boxed(hours.weeklyOpen()));
        row.put("openExceptions", List.of(20_447L, 0L, 0L));
        row.put("accessibility", List.of("STEP_FREE_ACCESS", "HEARING_LOOP"));
        row.put("latitude", 51.4613);
        row.put("longitude", -0.1156);
        row.put("categories", List.of(Map.of("id", "library", "name", "Library", "parentId", "learning")));
        row.put("organisations", List.of(Map.of("id", "org-b", "name", "B"), Map.of("id", "org-a", "name", "A",
                "website", "not a url")));
        return row;
    }

    @Test
    void aFullServiceConformsAndCarriesItsRelatedData() {
        var service = node(VIEWS.full(row()));
        assertThat(OrukSchemas.errors(OrukSchemas.SERVICE, service)).isEmpty();
        assertThat(service.path("id").asString()).isEqualTo(OpenReferralIds.service("lambeth-library-7").toString());
        assertThat(service.path("organization_id").asString())
                .isEqualTo(OpenReferralIds.organization("org-a").toString());
        assertThat(service.path("organization").has("website")).as("a malformed website is left out").isFalse();
        assertThat(service.path("url").asString()).isEqualTo("https://www.lambeth.gov.uk/libraries");
        assertThat(service.path("last_modified").asString()).isEqualTo("2012-01-01T00:00:00.000Z");
        assertThat(service.path("schedules").size()).isEqualTo(3);
        var location = service.path("service_at_locations").get(0).path("location");
        assertThat(location.path("addresses").get(0).path("postal_code").asString()).isEqualTo("SW2 1JQ");
        assertThat(location.path("external_identifier_type").asString()).isEqualTo("UPRN");
        assertThat(location.path("accessibility").findValuesAsString("description"))
                .containsExactly("Step free access", "Hearing loop");
        var term = service.path("attributes").get(0).path("taxonomy_term");
        assertThat(term.path("parent_id").asString()).isEqualTo(OpenReferralIds.taxonomyTerm("learning").toString());
        assertThat(service.path("phones").get(0).path("number").asString()).isEqualTo("020 7926 1056");
        assertThat(service.path("cost_options").get(0).path("option").asString()).isEqualTo("Free");
    }

    @Test
    void listShapesConformToo() {
        var summary = node(VIEWS.summary(row()));
        assertThat(OrukSchemas.errors(OrukSchemas.BASE + "compiled/service_list.json", summary)).isEmpty();
        var link = node(VIEWS.serviceAtLocation(row(), true));
        assertThat(OrukSchemas.errors(OrukSchemas.BASE + "compiled/service_at_location_list.json", link)).isEmpty();
    }

    @Test
    void aBareAssetStillConforms() {
        var bare = new HashMap<String, Object>(Map.of("id", "x", "name", "Somewhere", "latitude", 51.4,
                "longitude", -0.1));
        var service = node(VIEWS.full(bare));
        assertThat(OrukSchemas.errors(OrukSchemas.SERVICE, service)).isEmpty();
        assertThat(service.has("organization_id")).isFalse();
        assertThat(service.path("url").asString()).isEqualTo("http://localhost/openreferral/services/"
                + OpenReferralIds.service("x"));
        assertThat(service.path("service_at_locations").get(0).path("location").path("addresses").size()).isZero();
        assertThat(OrukSchemas.errors(OrukSchemas.BASE + "compiled/service_list.json", node(VIEWS.summary(bare))))
                .isEmpty();
    }

    @Test
    void theSchemasRejectWhatBreaksThem() {
        var service = (tools.jackson.databind.node.ObjectNode) node(VIEWS.full(row()));
        service.put("id", "not-a-uuid");
        service.remove("name");
        service.put("status", "open");
        assertThat(OrukSchemas.errors(OrukSchemas.SERVICE, service)).hasSize(3);
        var page = JSON.readTree("{\"total_items\": \"many\", \"contents\": [{\"id\": 1}]}");
        assertThat(OrukSchemas.errors(OrukSchemas.response("/services"), page)).hasSizeGreaterThanOrEqualTo(3);
    }

    static JsonNode node(Object value) {
        return JSON.valueToTree(value);
    }

    private static List<Long> boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
