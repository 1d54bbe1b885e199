package org.lambeth.livingwell.asset.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.asset.AssetFilter;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.lambeth.livingwell.viewer.Role;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editors add, change and retire assets, and each write is one audit entry. Every asset added here is retired before
 * the test ends (the context, and its seeded assets, are shared with the golden-answer tests).
 */
public class AssetEditIT extends GraphQlServiceTest {

    static final String ASSET = """
            id name description address postcode free visibility accessibility updatedAt source inBorough
            contact { phone email website } location { latitude longitude } categories { id } localities { id kind }
            openingHours { regular { day opens closes closesNextDay } exceptions { date closed opens closes } }""";
    public static final String ADD = "mutation($input: AddAssetInput!) { addAsset(input: $input) { asset { " + ASSET
            + " } } }";
    public static final String UPDATE = "mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { asset { "
            + ASSET + " } } }";
    public static final String RETIRE = """
            mutation($input: RetireAssetInput!) { retireAsset(input: $input) { id name retiredAt reason } }""";
    private static final String FIND = "query($id: ID!) { asset(id: $id) { " + ASSET + " } }";
    private static final String NEAR = """
            query($lat: Float!, $lon: Float!) {
              assets(filter: {near: {place: {latitude: $lat, longitude: $lon}, radiusMetres: 30}}, first: 50) {
                edges { node { id } } } }""";
    private static final String TRAIL = """
            query($id: ID!) { auditTrail(filter: {targetId: $id}) { totalCount
              edges { node { actor role action targetType targetId before after } } } }""";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final double BRIXTON_LAT = 51.4613;
    static final double BRIXTON_LON = -0.1156;
    private static final String BRIXTON_WINDRUSH = "E05014098";
    private static final double STREATHAM_LAT = 51.4380;
    private static final double STREATHAM_LON = -0.1270;

    @Autowired
    Driver driver;

    private final List<String> added = new ArrayList<>();

    /** Whatever a test left as an Asset is retired (those it retired itself answer "already retired"). */
    @AfterEach
    void retireWhatWasAdded() {
        for (var id : added) {
            editor().post(RETIRE, Map.of("input", Map.of("id", id, "reason", "test clean-up")));
        }
        assertThat(count("MATCH (a:Asset) WHERE a.id IN $ids RETURN count(a)", Map.of("ids", added))).isZero();
    }

    private GraphQlHttp editor() {
        return graphql.as(Role.EDITOR);
    }

    public static Map<String, Object> newAsset(String name, Map<String, Object> location) {
        var input = new HashMap<String, Object>();
        input.put("name", name);
        input.put("categories", List.of("food-growing"));
        input.put("location", location);
        return input;
    }

    private JsonNode add(Map<String, Object> input) {
        var asset = editor().data(ADD, Map.of("input", input)).path("addAsset").path("asset");
        added.add(asset.path("id").asString());
        return asset;
    }

    @Test
    void anAddedAssetIsFoundByIdAndNearItsPlaceThenChangedThenRetired() {
        var input = newAsset("  Acre Lane Growing Space ", Map.of("latitude", BRIXTON_LAT, "longitude", BRIXTON_LON));
        input.putAll(Map.of("description", "Raised beds", "contact", Map.of("email", "grow@example.org",
                "website", "https://grow.example.org"), "free", true, "accessibility", List.of("STEP_FREE_ACCESS")));
        var asset = add(input);
        var id = asset.path("id").asString();
        assertThat(id).startsWith("asset-");
        assertThat(asset.path("name").asString()).isEqualTo("Acre Lane Growing Space");
        assertThat(asset.path("source").asString()).isEqualTo("Living Well Map editors");
        assertThat(asset.path("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(asset.path("inBorough").asBoolean()).isTrue();
        assertThat(kinds(asset)).containsEntry("WARD", 1L).containsEntry("HALF", 1L).containsEntry("BOROUGH", 1L);
        assertThat(asset.path("localities").findValuesAsString("id")).contains(BRIXTON_WINDRUSH, "half-north");
        assertThat(graphql.data(FIND, Map.of("id", id)).path("asset")).isEqualTo(asset);
        assertThat(nearIds(BRIXTON_LAT, BRIXTON_LON)).contains(id);

        var moved = editor().data(UPDATE, Map.of("input", Map.of("id", id, "description", "",
                "location", Map.of("latitude", STREATHAM_LAT, "longitude", STREATHAM_LON),
                "categories", List.of("school"), "contact", Map.of("phone", "020 7926 1000"))))
                .path("updateAsset").path("asset");
        assertThat(moved.path("name").asString()).isEqualTo("Acre Lane Growing Space");
        assertThat(moved.path("description").isNull()).isTrue();
        assertThat(moved.path("contact").path("phone").asString()).isEqualTo("020 7926 1000");
        assertThat(moved.path("contact").path("email").asString()).isEqualTo("grow@example.org");
        assertThat(moved.path("categories").findValuesAsString("id")).containsExactly("school");
        assertThat(moved.path("localities").findValuesAsString("id")).contains("half-south")
                .doesNotContain(BRIXTON_WINDRUSH, "half-north");
        assertThat(OffsetDateTime.parse(moved.path("updatedAt").asString()))
                .isAfter(OffsetDateTime.parse(asset.path("updatedAt").asString()));
        assertThat(nearIds(BRIXTON_LAT, BRIXTON_LON)).doesNotContain(id);
        assertThat(nearIds(STREATHAM_LAT, STREATHAM_LON)).contains(id);

        var retired = editor().data(RETIRE, Map.of("input", Map.of("id", id, "reason", "  Closed  ")))
                .path("retireAsset");
        assertThat(retired.path("reason").asString()).isEqualTo("Closed");
        assertThat(graphql.data(FIND, Map.of("id", id)).path("asset").isNull()).isTrue();
        assertThat(nearIds(STREATHAM_LAT, STREATHAM_LON)).doesNotContain(id);

        var entries = graphql.as(Role.ADMIN).data(TRAIL, Map.of("id", id)).path("auditTrail");
        assertThat(entries.path("totalCount").asInt()).isEqualTo(3);
        assertThat(entries.path("edges").findValuesAsString("action"))
                .containsExactly("asset.retire", "asset.update", "asset.add");
        for (var edge : entries.path("edges")) {
            assertThat(edge.path("node").path("actor").asString()).isEqualTo("editor");
            assertThat(edge.path("node").path("role").asString()).isEqualTo("EDITOR");
            assertThat(edge.path("node").path("targetType").asString()).isEqualTo("Asset");
        }
        var addEntry = entries.path("edges").get(2).path("node");
        assertThat(addEntry.path("before").isNull()).isTrue();
        var fields = json(addEntry.path("after"));
        assertThat(fields.path("name").asString()).isEqualTo("Acre Lane Growing Space");
        assertThat(fields.path("latitude").asDouble()).isEqualTo(BRIXTON_LAT);
        assertThat(fields.path("email").asString()).isEqualTo("grow@example.org");
        assertThat(fields.path("categories").toString()).isEqualTo("[\"food-growing\"]");
        var update = entries.path("edges").get(1).path("node");
        assertThat(json(update.path("before"))).isEqualTo(fields);
        var after = json(update.path("after"));
        assertThat(after.has("description")).isFalse();
        assertThat(after.path("latitude").asDouble()).isEqualTo(STREATHAM_LAT);
        assertThat(after.path("localities").toString()).contains("half-south");
        var retire = entries.path("edges").get(0).path("node");
        assertThat(json(retire.path("before"))).isEqualTo(after);
        assertThat(json(retire.path("after")).path("retired").asBoolean()).isTrue();
        assertThat(json(retire.path("after")).path("retiredReason").asString()).isEqualTo("Closed");
    }

    @Test
    void openingHoursAreSavedReadBackReplacedLeftAloneAndClearedEachInTheAuditTrail() {
        var input = newAsset("Hours test hall", Map.of("latitude", BRIXTON_LAT, "longitude", BRIXTON_LON));
        input.put("openingHours", Map.of(
                "regular", List.of(Map.of("day", "MONDAY", "opens", "09:00", "closes", "17:00"),
                        Map.of("day", "FRIDAY", "opens", "18:00", "closes", "02:00"),
                        Map.of("day", "SATURDAY", "opens", "10:00", "closes", "13:00", "closesNextDay", false)),
                "exceptions", List.of(Map.of("date", "2026-12-25", "closed", true),
                        Map.of("date", "2026-12-24", "opens", "10:00", "closes", "14:00"))));
        var asset = add(input);
        var id = asset.path("id").asString();
        var hours = asset.path("openingHours");
        assertThat(hours.path("regular").toString()).isEqualTo("""
                [{"day":"MONDAY","opens":"09:00","closes":"17:00","closesNextDay":false},\
                {"day":"FRIDAY","opens":"18:00","closes":"02:00","closesNextDay":true},\
                {"day":"SATURDAY","opens":"10:00","closes":"13:00","closesNextDay":false}]""");
        assertThat(hours.path("exceptions").toString()).isEqualTo("""
                [{"date":"2026-12-24","closed":false,"opens":"10:00","closes":"14:00"},\
                {"date":"2026-12-25","closed":true,"opens":null,"closes":null}]""");
        assertThat(graphql.data(FIND, Map.of("id", id)).path("asset").path("openingHours")).isEqualTo(hours);
        // stored as the seeds store them: [start, end) minutes of the week, [epochDay, start, end]
        try (var session = driver.session()) {
            var row = session.run("MATCH (a:Asset {id: $id}) RETURN a.weeklyOpen AS w, a.openExceptions AS e",
                    Map.of("id", id)).single();
            assertThat(row.get("w").asList(v -> v.asLong())).containsExactly(540L, 1020L, 6840L, 7320L, 7800L,
                    7980L);
            assertThat(row.get("e").asList(v -> v.asLong())).containsExactly(20811L, 600L, 840L, 20812L, 0L, 0L);
        }
        // open on a Friday night and past midnight, but not on Christmas Day (a Friday): the search agrees
        assertThat(openAtIds("SATURDAY", "01:00", null)).contains(id);
        assertThat(openAtIds("FRIDAY", "19:00", null)).contains(id);
        assertThat(openAtIds("FRIDAY", "19:00", "2026-12-25")).doesNotContain(id);
        assertThat(openAtIds("MONDAY", "08:59", null)).doesNotContain(id);

        // left out: unchanged; given: replaced; null: cleared
        var renamed = editor().data(UPDATE, Map.of("input", Map.of("id", id, "name", "Hours test hall, renamed")))
                .path("updateAsset").path("asset");
        assertThat(renamed.path("openingHours")).isEqualTo(hours);
        var replaced = editor().data(UPDATE, Map.of("input", Map.of("id", id, "openingHours",
                Map.of("regular", List.of(Map.of("day", "SUNDAY", "opens", "12:00", "closes", "16:00"))))))
                .path("updateAsset").path("asset").path("openingHours");
        assertThat(replaced.path("regular").findValuesAsString("day")).containsExactly("SUNDAY");
        assertThat(replaced.path("exceptions").size()).isZero();
        var clear = new HashMap<String, Object>(Map.of("id", id));
        clear.put("openingHours", null);
        var cleared = editor().data(UPDATE, Map.of("input", clear)).path("updateAsset").path("asset");
        assertThat(cleared.path("openingHours").isNull()).isTrue();
        assertThat(cleared.path("name").asString()).isEqualTo("Hours test hall, renamed");
        assertThat(count("MATCH (a:Asset {id: $id}) WHERE a.weeklyOpen IS NULL AND a.openExceptions IS NULL "
                + "RETURN count(a)", Map.of("id", id))).isOne();

        var entries = graphql.as(Role.ADMIN).data(TRAIL, Map.of("id", id)).path("auditTrail").path("edges");
        assertThat(entries.findValuesAsString("action"))
                .containsExactly("asset.update", "asset.update", "asset.update", "asset.add");
        var addedHours = json(entries.get(3).path("node").path("after")).path("openingHours");
        assertThat(addedHours.path("regular").toString()).isEqualTo(
                "[\"Monday 09:00-17:00\",\"Friday 18:00-02:00 (next day)\",\"Saturday 10:00-13:00\"]");
        assertThat(addedHours.path("exceptions").toString())
                .isEqualTo("[\"2026-12-24 10:00-14:00\",\"2026-12-25 closed\"]");
        assertThat(json(entries.get(1).path("node").path("after")).path("openingHours").path("regular").toString())
                .isEqualTo("[\"Sunday 12:00-16:00\"]");
        var clearing = entries.get(0).path("node");
        assertThat(json(clearing.path("before")).path("openingHours").path("regular").toString())
                .isEqualTo("[\"Sunday 12:00-16:00\"]");
        assertThat(json(clearing.path("after")).has("openingHours")).isFalse();
    }

    @Test
    void freeLeftOutStaysAndAnExplicitNullResetsItToNotKnown() {
        var input = newAsset("Cost test", Map.of("latitude", BRIXTON_LAT, "longitude", BRIXTON_LON));
        input.put("free", false);
        var id = add(input).path("id").asString();
        var renamed = editor().data(UPDATE, Map.of("input", Map.of("id", id, "name", "Cost test, renamed")))
                .path("updateAsset").path("asset");
        assertThat(renamed.path("free").asBoolean(true)).isFalse();
        assertThat(freeFilterIds(false)).contains(id);

        var clear = new HashMap<String, Object>(Map.of("id", id));
        clear.put("free", null);
        var cleared = editor().data(UPDATE, Map.of("input", clear)).path("updateAsset").path("asset");
        assertThat(cleared.path("free").isNull()).isTrue();
        assertThat(graphql.data(FIND, Map.of("id", id)).path("asset").path("free").isNull()).isTrue();
        assertThat(count("MATCH (a:Asset {id: $id}) WHERE a.free IS NULL RETURN count(a)", Map.of("id", id))).isOne();
        assertThat(freeFilterIds(false)).doesNotContain(id);
        assertThat(freeFilterIds(true)).doesNotContain(id);

        var update = graphql.as(Role.ADMIN).data(TRAIL, Map.of("id", id)).path("auditTrail").path("edges").get(0)
                .path("node");
        assertThat(json(update.path("before")).path("free").asBoolean(true)).isFalse();
        assertThat(json(update.path("after")).has("free")).isFalse();
    }

    private List<String> openAtIds(String day, String time, String date) {
        var openAt = new HashMap<String, Object>(Map.of("day", day, "time", time));
        if (date != null) {
            openAt.put("date", date);
        }
        return idsNearBrixton("openAt", openAt);
    }

    private List<String> freeFilterIds(boolean free) {
        return idsNearBrixton("free", free);
    }

    /** The ids within 30 m of the Brixton test point that also pass one more filter field. */
    private List<String> idsNearBrixton(String field, Object value) {
        var near = Map.of("place", Map.of("latitude", BRIXTON_LAT, "longitude", BRIXTON_LON), "radiusMetres", 30);
        return graphql.data("""
                query($filter: AssetFilter!) { assets(filter: $filter, first: 50) { edges { node { id } } } }""",
                Map.of("filter", Map.of("near", near, field, value))).path("assets").path("edges")
                .findValuesAsString("id");
    }

    @Test
    void anAssetIsPlacedInTheLocalitiesASeededAssetAtTheSamePointIsIn() {
        var seeded = graphql.data("""
                { assets(filter: {near: {place: {postcode: "SW2 1RW"}, radiusMetres: 2000}}, first: 1) {
                    edges { node { location { latitude longitude } localities { id } } } } }""")
                .path("assets").path("edges").get(0).path("node");
        var asset = add(newAsset("Same place", Map.of("latitude", seeded.path("location").path("latitude").asDouble(),
                "longitude", seeded.path("location").path("longitude").asDouble())));
        assertThat(asset.path("localities").findValuesAsString("id"))
                .containsExactlyInAnyOrderElementsOf(seeded.path("localities").findValuesAsString("id"));
    }

    @Test
    void aPostcodeLocationIsLookedUpAndFillsThePostcode() {
        var asset = add(newAsset("By postcode", Map.of("postcode", "sw2 1rw")));
        assertThat(asset.path("postcode").asString()).isEqualTo("SW2 1RW");
        assertThat(nearIds(asset.path("location").path("latitude").asDouble(),
                asset.path("location").path("longitude").asDouble())).contains(asset.path("id").asString());
    }

    @Test
    void anAssetOutsideTheBoroughIsInNoLocality() {
        var asset = add(newAsset("Over the river", Map.of("latitude", 51.5081, "longitude", -0.0759)));
        assertThat(asset.path("inBorough").asBoolean()).isFalse();
        assertThat(asset.path("localities").size()).isZero();
    }

    @Test
    void aNetworkOnlyAssetIsLeftOutOfPublicSearches() {
        var input = newAsset("Network only", Map.of("latitude", BRIXTON_LAT, "longitude", BRIXTON_LON));
        input.put("visibility", "NETWORK");
        var id = add(input).path("id").asString();
        assertThat(nearIds(BRIXTON_LAT, BRIXTON_LON)).doesNotContain(id);
    }

    @Test
    void onlyEditorsMayEdit() {
        long assets = count("MATCH (a:Asset) RETURN count(a)");
        for (var role : List.of(Role.PUBLIC, Role.LEAD)) {
            var response = graphql.as(role).post(ADD, Map.of("input", newAsset("Not mine",
                    Map.of("latitude", BRIXTON_LAT, "longitude", BRIXTON_LON))));
            assertThat(response.path("errors").get(0).path("extensions").path("classification").asString())
                    .isEqualTo("FORBIDDEN");
        }
        assertThat(count("MATCH (a:Asset) RETURN count(a)")).isEqualTo(assets);
    }

    private List<String> nearIds(double latitude, double longitude) {
        return graphql.data(NEAR, Map.of("lat", latitude, "lon", longitude)).path("assets").path("edges")
                .findValuesAsString("id");
    }

    private static Map<String, Long> kinds(JsonNode asset) {
        var kinds = new HashMap<String, Long>();
        asset.path("localities").forEach(l -> kinds.merge(l.path("kind").asString(), 1L, Long::sum));
        return kinds;
    }

    static JsonNode json(JsonNode text) {
        return JSON.readTree(text.asString());
    }

    long count(String cypher) {
        return count(cypher, Map.of());
    }

    long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }
}
