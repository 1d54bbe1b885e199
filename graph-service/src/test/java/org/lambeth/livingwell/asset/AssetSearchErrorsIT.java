package org.lambeth.livingwell.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lambeth.livingwell.support.GraphQlServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * Bad input to the search: each is a GraphQL error naming the argument (or the limit), with the reason; never a 500,
 * never a stack trace; or, for text, a safe literal search.
 */
class AssetSearchErrorsIT extends GraphQlServiceTest {

    private static final String ASSETS = """
            query($filter: AssetFilter, $sort: AssetSort, $first: Int, $after: String) {
              assets(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { node { id } } }
            }""";

    private static Map<String, Object> near(Object place, Object radius) {
        var near = new java.util.HashMap<String, Object>();
        near.put("place", place);
        near.put("radiusMetres", radius);
        return Map.of("near", near);
    }

    static Stream<Arguments> badFilters() {
        var sw2 = Map.of("postcode", "SW2 1RW");
        return Stream.of(
                Arguments.of(near(Map.of("postcode", "SW2 1R"), 1000), "filter.near.place.postcode", "not a UK postcode"),
                Arguments.of(near(Map.of("postcode", "ZZ9 9ZZ"), 1000), "filter.near.place.postcode", "unknown postcode"),
                Arguments.of(near(Map.of("postcode", "'; MATCH (n) DETACH DELETE n //"), 1000),
                        "filter.near.place.postcode", "not a UK postcode"),
                Arguments.of(near(Map.of("latitude", 91.0, "longitude", 0.0), 1000), "filter.near.place.latitude",
                        "between -90"),
                Arguments.of(near(Map.of("latitude", 51.4, "longitude", 181.0), 1000), "filter.near.place.longitude",
                        "between -180"),
                Arguments.of(near(sw2, -1), "filter.near.radiusMetres", "more than 0"),
                Arguments.of(near(sw2, 0), "filter.near.radiusMetres", "more than 0"),
                Arguments.of(near(sw2, 1e12), "filter.near.radiusMetres", "at most 20000"),
                Arguments.of(Map.of("categories", List.of("no-such-category")), "filter.categories",
                        "unknown category ids [no-such-category]"),
                Arguments.of(Map.of("categories", List.of()), "filter.categories", "give 1 to 50"),
                Arguments.of(Map.of("within", Map.of("locality", "E05999999")), "filter.within.locality",
                        "unknown locality id 'E05999999'"),
                Arguments.of(Map.of("within", Map.of()), "filter.within", "either a box or a locality"),
                Arguments.of(Map.of("within", Map.of("locality", "E05014098", "box", box(51.4, -0.2, 51.5, -0.1))),
                        "filter.within", "either a box or a locality"),
                Arguments.of(Map.of("within", Map.of("box", box(51.5, -0.2, 51.4, -0.1))), "filter.within.box",
                        "must be below north"),
                Arguments.of(Map.of("within", Map.of("box", box(51.4, -0.1, 51.5, -0.2))), "filter.within.box",
                        "antimeridian"),
                Arguments.of(Map.of("within", Map.of("box", box(-91.0, -0.1, 51.5, 0.2))), "filter.within.box.south",
                        "latitude from -90 to 90"),
                Arguments.of(Map.of("text", "*?~\"(:)"), "filter.text", "no words"),
                Arguments.of(Map.of("text", "a".repeat(201)), "filter.text", "at most 200 characters"),
                Arguments.of(Map.of("openAt", Map.of("day", "MONDAY", "time", "25:00")), "filter.openAt.time",
                        "not a 24-hour HH:mm time"),
                Arguments.of(Map.of("openAt", Map.of("day", "MONDAY", "time", "10:00", "date", "2026-11-26")),
                        "filter.openAt.date", "is a THURSDAY, not a MONDAY"),
                Arguments.of(Map.of("openNow", true, "openAt", Map.of("day", "MONDAY", "time", "10:00")), "filter",
                        "openAt or openNow, not both"));
    }

    private static Map<String, Object> box(double south, double west, double north, double east) {
        return Map.of("south", south, "west", west, "north", north, "east", east);
    }

    @ParameterizedTest
    @MethodSource("badFilters")
    void aBadFilterIsAnErrorNamingIt(Map<String, Object> filter, String argument, String problem) {
        assertArgumentError(graphql.post(ASSETS, Map.of("filter", filter)), argument, problem);
    }

    @Test
    void pageSizesAndCursorsAreChecked() {
        var filter = Map.<String, Object>of("categories", List.of("library"));
        assertArgumentError(graphql.post(ASSETS, Map.of("filter", filter, "first", 501)), "first",
                "between 1 and 500");
        // a million is refused before it runs, by the cost limit (a page is priced at its size)
        assertLimitError(graphql.post(ASSETS, Map.of("filter", filter, "first", 1_000_000)), "maxComplexity");
        assertArgumentError(graphql.post(ASSETS, Map.of("filter", filter, "first", -1)), "first", "between 1 and 500");
        assertArgumentError(graphql.post(ASSETS, Map.of("filter", filter, "after", "%%%not-base64")), "after",
                "not a cursor");
        assertArgumentError(graphql.post(ASSETS, Map.of("filter", filter, "after", "b2Zmc2V0Ojk5OTk5OTk5OTk5OQ")),
                "after", "cursor");
        var page = graphql.data("query($f: AssetFilter) { assets(filter: $f, first: 2) { pageInfo { endCursor } } }",
                Map.of("f", filter));
        var cursor = page.path("assets").path("pageInfo").path("endCursor").asString();
        assertArgumentError(graphql.post(ASSETS, Map.of("filter", Map.of("categories", List.of("school")),
                "after", cursor)), "after", "a cursor of another search");
        assertArgumentError(graphql.post(ASSETS, Map.of("filter", filter, "sort", "DISTANCE")), "sort",
                "DISTANCE needs filter.near");
        assertArgumentError(graphql.post(ASSETS, Map.of("filter", filter, "sort", "RELEVANCE")), "sort",
                "RELEVANCE needs filter.text");
    }

    @Test
    void clustersAndNearestCheckTheirArguments() {
        var clusters = "query($box: BoxInput!, $zoom: Int!) { assetClusters(box: $box, zoom: $zoom) { totalCount } }";
        assertArgumentError(graphql.post(clusters, Map.of("box", box(51.4, -0.2, 51.5, -0.1), "zoom", 21)), "zoom",
                "from 0 to 20");
        assertArgumentError(graphql.post(clusters, Map.of("box", box(51.6, -0.2, 51.5, -0.1), "zoom", 12)), "box",
                "must be below north");
        var nearest = "query($c: ID!, $n: Int) { nearest(place: {postcode: \"SW2 1RW\"}, category: $c, n: $n) "
                + "{ distanceMetres } }";
        assertArgumentError(graphql.post(nearest, Map.of("c", "nothing-like-this", "n", 3)), "category",
                "unknown category id 'nothing-like-this'");
        assertArgumentError(graphql.post(nearest, Map.of("c", "library", "n", 51)), "n", "from 1 to 50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"library*", "\"library\"", "library~", "(library)", "library:name", "library OR *",
            "library AND NOT", "li?rary", "\\library", "library^4", "[library TO z]", "{!lucene}library", "library)"})
    void textWithIndexSyntaxIsSearchedAsPlainWords(String text) {
        var response = graphql.post(ASSETS, Map.of("filter", Map.of("text", text)));
        assertThat(response.path("errors").isMissingNode()).as(text + ": " + response.path("errors")).isTrue();
        assertThat(response.path("data").path("assets").path("totalCount").asInt()).as(text).isGreaterThanOrEqualTo(0);
    }

    @Test
    void overDeepOrOverCostlyQueriesAreRefusedNamingTheLimit() {
        var deep = graphql.post("{ asset(id: \"lib-200000455963\") { categories { " + "parent { ".repeat(12) + "id"
                + " }".repeat(15));
        assertLimitError(deep, "maxDepth");
        var page = "assets(first: 500) { edges { node { id name description address postcode "
                + "categories { id name parent { id name } } localities { id name kind } runBy { id name } "
                + "contact { phone email website } accessibility free visibility } } }";
        // one page of 500 with all that is allowed; two of them (aliases) are over the limit
        assertThat(graphql.post("{ " + page + " }").path("errors").isMissingNode()).isTrue();
        var costly = graphql.post("{ first: " + page + " second: " + page + " }");
        assertLimitError(costly, "maxComplexity");
    }

    private static void assertLimitError(JsonNode response, String limit) {
        var error = response.path("errors").get(0);
        assertThat(error).as(response.toString()).isNotNull();
        assertThat(error.path("extensions").path("limit").asString()).isEqualTo(limit);
        assertThat(error.path("message").asString()).contains("limit");
        assertThat(response.path("data").path("assets").isMissingNode() || response.path("data").isNull()
                || response.path("data").isMissingNode()).isTrue();
    }

    private static void assertArgumentError(JsonNode response, String argument, String problem) {
        var errors = response.path("errors");
        assertThat(errors.size()).as(response.toString()).isEqualTo(1);
        var error = errors.get(0);
        assertThat(error.path("message").asString()).as(error.toString()).startsWith(argument + ":").contains(problem);
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo(argument);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.toString()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
