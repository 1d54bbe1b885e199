package org.lambeth.livingwell.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.StoreFingerprint;

import tools.jackson.databind.JsonNode;

/**
 * Imports that land: CSV, GeoJSON and Open Referral files become assets as the file says; a dry run writes nothing;
 * importing the same file again changes nothing; a changed row updates its asset in place.
 */
class ImportIT extends ImportTest {

    private static final String ASSET = """
            query($id: ID!) { asset(id: $id) { id name description categories { id } location { latitude longitude }
              postcode address localities { kind } runBy { name } inBorough source free accessibility visibility
              contact { phone email website } openingHours { regular { day opens closes } } } }""";

    private JsonNode asset(String id) {
        return graphql.as(Role.PEER_SUPPORTER).data(ASSET, Map.of("id", id)).path("asset");
    }

    @Test
    void aDryRunReportsEveryRowAndWritesNothing() {
        var before = StoreFingerprint.of(driver);
        var report = report(resource("assets.csv"), "CSV", "dry-run-test", true);
        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("landed").asBoolean()).isFalse();
        assertThat(report.path("created").asInt()).isEqualTo(3);
        assertThat(actions(report)).containsExactly("2:CREATE", "3:CREATE", "4:CREATE");
        assertThat(report.path("ignoredFields").get(0).asString()).isEqualTo("notes");
        assertThat(StoreFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void aCsvLandsAsTheFileSaysAndImportingItAgainChangesNothing() {
        var report = report(resource("assets.csv"), "CSV", "csv-test", false);
        assertThat(report.path("landed").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("created").asInt()).isEqualTo(3);
        assertThat(importedAssets("csv-test")).isEqualTo(3);
        assertThat(importChanges("csv-test")).as("one change on the live feed for the whole import")
                .containsExactly("3 NETWORK,PUBLIC");

        var cafe = asset("import:csv-test:c-1");
        assertThat(cafe.path("name").asString()).isEqualTo("Kennington Wellbeing Café");
        assertThat(cafe.path("description").asString()).isEqualTo("A café run by peers, with \"open table\" evenings");
        assertThat(cafe.path("categories").findValuesAsString("id")).containsExactlyInAnyOrder("cafe", "peer-support");
        assertThat(cafe.path("location").path("latitude").asDouble()).isEqualTo(51.4856);
        assertThat(cafe.path("localities").findValuesAsString("kind")).contains("WARD", "LSOA", "BOROUGH");
        assertThat(cafe.path("inBorough").asBoolean()).isTrue();
        assertThat(cafe.path("runBy").findValuesAsString("name")).containsExactly("Kennington Peers");
        assertThat(cafe.path("free").asBoolean()).isTrue();
        assertThat(cafe.path("accessibility").toString()).isEqualTo("[\"QUIET_SPACE\",\"STEP_FREE_ACCESS\"]");
        assertThat(cafe.path("contact").path("email").asString()).isEqualTo("hello@example.org");
        assertThat(cafe.path("openingHours").path("regular")).hasSize(6);

        var allotment = asset("import:csv-test:c-2");
        assertThat(allotment.path("postcode").asString()).isEqualTo("CR4 1TL");
        assertThat(allotment.path("location").path("latitude").asDouble()).isEqualTo(51.412805);
        assertThat(asset("import:csv-test:c-3").path("visibility").asString()).isEqualTo("NETWORK");
        assertThat(graphql.data(ASSET, Map.of("id", "import:csv-test:c-3")).path("asset").isNull())
                .as("a NETWORK asset stays hidden from the public").isTrue();

        var landed = StoreFingerprint.of(driver);
        var again = report(resource("assets.csv"), "CSV", "csv-test", false);
        assertThat(again.path("unchanged").asInt()).isEqualTo(3);
        assertThat(again.path("created").asInt() + again.path("updated").asInt()).isZero();
        assertThat(StoreFingerprint.of(driver)).as("re-importing the same file changes nothing").isEqualTo(landed);

        var changed = new String(resource("assets.csv"), StandardCharsets.UTF_8)
                .replace("Streatham Allotment Group", "Streatham Allotment Society");
        var update = report(changed.getBytes(StandardCharsets.UTF_8), "CSV", "csv-test", false);
        assertThat(actions(update)).containsExactly("2:UNCHANGED", "3:UPDATE", "4:UNCHANGED");
        assertThat(asset("import:csv-test:c-2").path("name").asString()).isEqualTo("Streatham Allotment Society");
        assertThat(importedAssets("csv-test")).isEqualTo(3);
        assertThat(importChanges("csv-test")).containsExactly("3 NETWORK,PUBLIC", "1 NETWORK,PUBLIC");
    }

    /** The live feed's IMPORTED changes of a source, oldest first: "count visibilities". */
    private java.util.List<String> importChanges(String source) {
        try (var session = driver.session()) {
            return session.run("MATCH (c:Change {kind: 'IMPORTED', source: $source}) RETURN c.count AS count, "
                    + "c.visibilities AS visibilities ORDER BY c.position", Map.of("source", source))
                    .list(row -> row.get("count").asInt() + " "
                            + String.join(",", row.get("visibilities").asList(v -> v.asString())));
        }
    }

    @Test
    void aGeoJsonFileLandsWithItsPointsAndPostcodes() {
        var report = report(resource("assets.geojson"), "GEOJSON", "geojson-test", false);
        assertThat(report.path("landed").asBoolean()).as(report.toString()).isTrue();
        assertThat(actions(report)).containsExactly("1:CREATE", "2:CREATE");
        assertThat(report.path("ignoredFields").toString()).isEqualTo("[\"colour\"]");
        var garden = asset("import:geojson-test:g-1");
        assertThat(garden.path("location").path("longitude").asDouble()).isEqualTo(-0.1134);
        assertThat(garden.path("categories").findValuesAsString("id")).containsExactlyInAnyOrder("food-growing",
                "outdoors");
        assertThat(garden.path("openingHours").path("regular")).hasSize(7);
        var dropIn = asset("import:geojson-test:g-2");
        assertThat(dropIn.path("postcode").asString()).isEqualTo("SE11 4AB");
        assertThat(dropIn.path("location").path("latitude").asDouble()).isEqualTo(51.486098);
    }

    @Test
    void openReferralServicesLandWithTheirOrganisationHoursAndTerms() {
        var report = report(resource("services.json"), "OPEN_REFERRAL", "oruk-test", false);
        assertThat(report.path("landed").asBoolean()).as(report.toString()).isTrue();
        var id = "import:oruk-test:5b0f6a2e-9c1b-4a7e-8d7e-1f2a3b4c5d01";
        var service = asset(id);
        assertThat(service.path("name").asString()).isEqualTo("Brixton Listening Service");
        assertThat(service.path("runBy").findValuesAsString("name")).containsExactly("Brixton Peers");
        assertThat(service.path("categories").findValuesAsString("id")).containsExactly("peer-support");
        assertThat(service.path("address").asString()).isEqualTo("1 Example Road, London");
        assertThat(service.path("postcode").asString()).isEqualTo("SW9 8AB");
        assertThat(service.path("free").asBoolean()).isTrue();
        assertThat(service.path("contact").path("phone").asString()).isEqualTo("020 7000 0002");
        assertThat(service.path("openingHours").path("regular").toString())
                .contains("\"day\":\"TUESDAY\",\"opens\":\"18:00\",\"closes\":\"20:30\"")
                .contains("\"day\":\"THURSDAY\"");
    }

    @Test
    void anotherEditorsUploadCannotBeImported() {
        var uploaded = upload(resource("assets.csv"), editorCookie());
        var uploadId = JSON.readTree(uploaded.body()).path("upload").asString();
        var response = graphql.as(Role.ADMIN).post("mutation($input: ImportAssetsInput!) { importAssets(input: "
                + "$input) { report { landed } } }", Map.of("input", Map.of("upload", uploadId, "format", "CSV",
                        "source", "someone-elses")));
        assertThat(response.path("errors").get(0).path("message").asString()).contains("input.upload")
                .contains("no such upload");
        assertThat(importedAssets("someone-elses")).isZero();
    }

    static java.util.List<String> actions(JsonNode report) {
        var actions = new ArrayList<String>();
        report.path("rows").forEach(row -> actions.add(row.path("row").asInt() + ":" + row.path("action")
                .asString()));
        return actions;
    }
}
