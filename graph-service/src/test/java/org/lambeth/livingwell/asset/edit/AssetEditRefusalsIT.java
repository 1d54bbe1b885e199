package org.lambeth.livingwell.asset.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refused write (bad input, an unknown id, or a refusal in the middle of its transaction) is a BAD_REQUEST naming
 * the field, changes nothing and leaves no audit entry.
 */
class AssetEditRefusalsIT extends GraphQlServiceTest {

    private static final String NODES = "MATCH (n) WHERE n:Asset OR n:RetiredAsset OR n:AuditEntry "
            + "RETURN count(n) AS nodes, sum(size(keys(n))) AS properties";
    private static final String RELATIONSHIPS = "MATCH (:Asset|RetiredAsset)-[r]->() RETURN count(r)";

    @Autowired
    Driver driver;

    private GraphQlHttp editor;
    private String mine;

    @BeforeEach
    void addOneToEdit() {
        editor = graphql.as(Role.EDITOR);
        mine = editor.data(AssetEditIT.ADD, Map.of("input", AssetEditIT.newAsset("Refusals test",
                Map.of("latitude", AssetEditIT.BRIXTON_LAT, "longitude", AssetEditIT.BRIXTON_LON))))
                .path("addAsset").path("asset").path("id").asString();
    }

    @AfterEach
    void retireIt() {
        editor.data(AssetEditIT.RETIRE, Map.of("input", Map.of("id", mine)));
    }

    static Stream<Arguments> badAdds() {
        var here = Map.<String, Object>of("latitude", 51.46, "longitude", -0.115);
        return Stream.of(
                Arguments.of(Map.of("name", " "), "input.name", "must not be empty"),
                Arguments.of(Map.of("name", "n".repeat(201)), "input.name", "at most 200"),
                Arguments.of(Map.of("location", Map.of("latitude", 95.0, "longitude", -0.1)),
                        "input.location.latitude", "between -90 and 90"),
                Arguments.of(Map.of("location", Map.of("latitude", 51.4, "longitude", 181.0)),
                        "input.location.longitude", "between -180 and 180"),
                Arguments.of(Map.of("location", Map.of("latitude", 51.4)), "input.location", "no place given"),
                Arguments.of(Map.of("location", Map.of("postcode", "ZZ9 9ZZ")), "input.location.postcode",
                        "unknown postcode"),
                Arguments.of(Map.of("contact", Map.of("email", "not-an-address")), "input.contact.email",
                        "not an email address"),
                Arguments.of(Map.of("contact", Map.of("website", "ftp://example.org")), "input.contact.website",
                        "http"),
                Arguments.of(Map.of("categories", List.of()), "input.categories", "at least one"),
                Arguments.of(Map.of("location", here, "categories", List.of("food-growing", "no-such-category")),
                        "input.categories", "no such category: no-such-category"));
    }

    @ParameterizedTest
    @MethodSource("badAdds")
    void aBadAddIsRefusedNamingTheFieldAndWritesNothing(Map<String, Object> change, String argument, String problem) {
        var input = AssetEditIT.newAsset("Refused", Map.of("latitude", 51.46, "longitude", -0.115));
        input.putAll(change);
        assertRefusedWithoutTrace(AssetEditIT.ADD, input, argument, problem);
    }

    static Stream<Arguments> badHours() {
        var monday = Map.of("day", "MONDAY", "opens", "09:00", "closes", "17:00");
        return Stream.of(
                Arguments.of(Map.of("regular", List.of(monday, Map.of("day", "TUESDAY", "opens", "9.00",
                        "closes", "17:00"))), "input.openingHours.regular[1].opens", "'9.00' is not a 24-hour HH:mm"),
                Arguments.of(Map.of("regular", List.of(monday, monday, Map.of("day", "FRIDAY", "opens", "10:00",
                        "closes", "10:00"))), "input.openingHours.regular[1]", "given twice"),
                Arguments.of(Map.of("regular", List.of(monday, Map.of("day", "FRIDAY", "opens", "10:00",
                        "closes", "10:00"))), "input.openingHours.regular[1].closes", "'10:00' is the time it opens"),
                Arguments.of(Map.of("regular", List.of(monday, Map.of("day", "MONDAY", "opens", "12:00",
                        "closes", "13:00"))), "input.openingHours.regular[1]",
                        "Monday 12:00-13:00 overlaps regular[0] (Monday 09:00-17:00)"),
                Arguments.of(Map.of("regular", Collections.nCopies(36, monday)), "input.openingHours.regular",
                        "at most 35 weekly spans, was 36"),
                Arguments.of(Map.of("exceptions", List.of(Map.of("date", "2026-13-01", "closed", true))),
                        "input.openingHours.exceptions[0].date", "'2026-13-01' is not a date"),
                Arguments.of(Map.of("exceptions", List.of(Map.of("date", "2026-12-24"))),
                        "input.openingHours.exceptions[0].opens", "give the time it opens"));
    }

    @ParameterizedTest
    @MethodSource("badHours")
    void badOpeningHoursAreRefusedNamingTheirPathAndWriteNothing(Map<String, Object> hours, String argument,
            String problem) {
        assertRefusedWithoutTrace(AssetEditIT.UPDATE, Map.of("id", mine, "openingHours", hours), argument, problem);
        var input = AssetEditIT.newAsset("Refused hours", Map.of("latitude", 51.46, "longitude", -0.115));
        input.put("openingHours", hours);
        assertRefusedWithoutTrace(AssetEditIT.ADD, input, argument, problem);
    }

    @Test
    void anUnknownOrRetiredIdIsRefusedNamingInputId() {
        assertRefusedWithoutTrace(AssetEditIT.UPDATE, Map.of("id", "asset-no-such", "name", "x"), "input.id",
                "no asset 'asset-no-such'");
        assertRefusedWithoutTrace(AssetEditIT.RETIRE, Map.of("id", "asset-no-such"), "input.id", "no asset");
        var retired = editor.data(AssetEditIT.ADD, Map.of("input", AssetEditIT.newAsset("Retired at once",
                Map.of("latitude", 51.46, "longitude", -0.115)))).path("addAsset").path("asset").path("id").asString();
        editor.data(AssetEditIT.RETIRE, Map.of("input", Map.of("id", retired)));
        assertRefusedWithoutTrace(AssetEditIT.RETIRE, Map.of("id", retired), "input.id", "already retired");
        assertRefusedWithoutTrace(AssetEditIT.UPDATE, Map.of("id", retired, "name", "back"), "input.id", "no asset");
    }

    @Test
    void aBadUpdateChangesNothing() {
        assertRefusedWithoutTrace(AssetEditIT.UPDATE, Map.of("id", mine), "input", "nothing to change");
        assertRefusedWithoutTrace(AssetEditIT.UPDATE, Map.of("id", mine, "name", ""), "input.name", "empty");
        assertRefusedWithoutTrace(AssetEditIT.UPDATE, Map.of("id", mine, "postcode", "SW2"), "input.postcode",
                "not a UK postcode");
        assertRefusedWithoutTrace(AssetEditIT.RETIRE, Map.of("id", mine, "reason", "r".repeat(501)), "input.reason",
                "at most 500");
    }

    @Test
    void aRefusalInTheMiddleOfTheTransactionRollsBackWhatRanBeforeIt() {
        // the new name and location are written, then the unknown category is found: all of it is rolled back
        var input = new HashMap<String, Object>(Map.of("id", mine, "name", "Renamed then refused",
                "location", Map.of("latitude", 51.5033, "longitude", -0.1145),
                "categories", List.of("school", "no-such-category")));
        var before = graphql.data("query($id: ID!) { asset(id: $id) { name localities { id } categories { id } } }",
                Map.of("id", mine));
        assertRefusedWithoutTrace(AssetEditIT.UPDATE, input, "input.categories", "no-such-category");
        assertThat(graphql.data("query($id: ID!) { asset(id: $id) { name localities { id } categories { id } } }",
                Map.of("id", mine))).isEqualTo(before);
        assertThat(count("MATCH (a {name: 'Renamed then refused'}) RETURN count(a)")).isZero();
    }

    private void assertRefusedWithoutTrace(String mutation, Map<String, Object> input, String argument,
            String problem) {
        var nodes = state(NODES);
        long relationships = count(RELATIONSHIPS);
        var response = editor.post(mutation, Map.of("input", input));
        var error = response.path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).as(response.toString())
                .isEqualTo("BAD_REQUEST");
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo(argument);
        assertThat(error.path("message").asString()).startsWith(argument + ":").contains(problem);
        assertThat(response.path("data").isNull() || response.path("data").isMissingNode()).isTrue();
        assertThat(state(NODES)).as("assets, retired assets, audit entries and their properties").isEqualTo(nodes);
        assertThat(count(RELATIONSHIPS)).isEqualTo(relationships);
    }

    private Map<String, Object> state(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().asMap();
        }
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }
}
