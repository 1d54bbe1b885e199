package org.lambeth.livingwell.analysis.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import tools.jackson.databind.JsonNode;

/** Coverage gaps on the real seeds: the 10 libraries, the learning and outdoors categories, wards and LSOAs. */
class CoverageIT extends GraphQlServiceTest {

    private static final String COVERAGE = """
            query($category: ID!, $walk: Float!, $kind: CoverageKind!) {
              coverage(category: $category, walkMetres: $walk, kind: $kind) {
                categoryId categoryName walkMetres kind assetCount
                uncoveredAreaShare uncoveredPostcodeShare uncoveredPostcodes
                areas { locality { id name kind } assetsWithinWalk uncoveredShare gap }
              }
            }""";
    private static final int LAMBETH_POSTCODES = 6_163;

    @Test
    void tenLibrariesLeaveGapsInLambethAtEightHundredMetres() {
        var report = coverage("library", 800, "WARD");
        assertThat(report.path("categoryId").asString()).isEqualTo("library");
        assertThat(report.path("categoryName").asString()).isEqualTo("Library");
        assertThat(report.path("kind").asString()).isEqualTo("WARD");
        assertThat(report.path("walkMetres").asDouble()).isEqualTo(800.0);
        assertThat(report.path("assetCount").asInt()).isEqualTo(10);
        assertThat(report.path("uncoveredAreaShare").asDouble()).isStrictlyBetween(0.0, 1.0);
        assertThat(report.path("uncoveredPostcodeShare").asDouble()).isStrictlyBetween(0.0, 1.0);
        assertThat(report.path("uncoveredPostcodes").asInt())
                .isEqualTo((int) Math.round(report.path("uncoveredPostcodeShare").asDouble() * LAMBETH_POSTCODES));

        var areas = report.path("areas");
        assertThat(areas.size()).isEqualTo(25);
        var names = new ArrayList<String>();
        areas.forEach(a -> names.add(a.path("locality").path("name").asString()));
        assertThat(names).isSorted();
        for (var area : areas) {
            assertThat(area.path("locality").path("kind").asString()).isEqualTo("WARD");
            assertThat(area.path("uncoveredShare").asDouble()).isBetween(0.0, 1.0);
            if (area.path("uncoveredShare").asDouble() > 0) {
                assertThat(area.path("gap").path("type").asString()).isIn("Polygon", "MultiPolygon");
            }
        }

        var brixton = area(areas, wardOf("lib-200000455963")); // Brixton Library
        assertThat(brixton.path("assetsWithinWalk").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(brixton.path("uncoveredShare").asDouble()).isLessThan(0.25);
        // a gap is lon/lat, inside Lambeth
        var point = firstGapPoint(areas);
        assertThat(point.get(0).asDouble()).isBetween(-0.16, -0.07);
        assertThat(point.get(1).asDouble()).isBetween(51.40, 51.52);
    }

    @Test
    void byLsoaEveryOneOfTheHundredAndEightyOneIsReported() {
        var byWard = coverage("library", 800, "WARD");
        var report = coverage("library", 800, "LSOA");
        var areas = report.path("areas");
        assertThat(areas.size()).isEqualTo(181);
        areas.forEach(a -> {
            assertThat(a.path("locality").path("id").asString()).startsWith("E01");
            assertThat(a.path("uncoveredShare").asDouble()).isBetween(0.0, 1.0);
        });
        // the borough's figures do not depend on how it is broken down
        assertThat(report.path("uncoveredAreaShare").asDouble())
                .isCloseTo(byWard.path("uncoveredAreaShare").asDouble(), within(1e-12));
        assertThat(report.path("uncoveredPostcodes").asInt()).isEqualTo(byWard.path("uncoveredPostcodes").asInt());
    }

    @Test
    void aParentCategoryCountsItsSubCategoriesAssets() {
        var library = coverage("library", 800, "WARD");
        var learning = coverage("learning", 800, "WARD");
        assertThat(learning.path("assetCount").asInt()).isGreaterThan(library.path("assetCount").asInt());
        assertThat(learning.path("uncoveredAreaShare").asDouble())
                .isLessThanOrEqualTo(library.path("uncoveredAreaShare").asDouble());
        assertThat(learning.path("uncoveredPostcodes").asInt())
                .isLessThanOrEqualTo(library.path("uncoveredPostcodes").asInt());
    }

    @Test
    void theLongestWalkFromTheLibrariesCoversAllOfLambeth() {
        var report = coverage("library", 5_000, "WARD");
        assertThat(report.path("uncoveredAreaShare").asDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(report.path("uncoveredPostcodes").asInt()).isZero();
        for (var area : report.path("areas")) {
            assertThat(area.path("uncoveredShare").asDouble()).isCloseTo(0.0, within(1e-9));
            assertThat(area.path("gap").isNull()).isTrue();
            assertThat(area.path("assetsWithinWalk").asInt()).isPositive();
        }
    }

    @ParameterizedTest
    @CsvSource({"no-such-category, 800, category, no category",
            "library, 0, walkMetres, more than 0", "library, -5, walkMetres, more than 0",
            "library, 10000, walkMetres, at most 5000"})
    void aBadArgumentIsAnErrorNamingIt(String category, double walk, String argument, String problem) {
        var response = graphql.post(COVERAGE, Map.of("category", category, "walk", walk, "kind", "WARD"));
        var error = response.path("errors").get(0);
        assertThat(error.path("message").asString()).startsWith(argument + ":").contains(problem);
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo(argument);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(response.path("data").path("coverage").isMissingNode() || response.path("data").isNull()
                || response.path("data").path("coverage").isNull()).isTrue();
    }

    @Test
    void theDefaultsAreEightHundredMetresByWard() {
        var report = graphql.data("{ coverage(category: \"library\") { walkMetres kind areas { assetsWithinWalk } } }",
                Map.of()).path("coverage");
        assertThat(report.path("walkMetres").asDouble()).isEqualTo(800.0);
        assertThat(report.path("kind").asString()).isEqualTo("WARD");
        assertThat(report.path("areas").size()).isEqualTo(25);
    }

    @Test
    void aWholeReportComesBackWellUnderTwoSeconds() {
        coverage("outdoors", 800, "LSOA"); // warm up
        var timings = new StringBuilder("coverage timings (ms, over HTTP, warm):");
        for (var category : new String[] {"library", "outdoors"}) {
            for (var kind : new String[] {"WARD", "LSOA"}) {
                long started = System.nanoTime();
                var report = coverage(category, 800, kind);
                long millis = (System.nanoTime() - started) / 1_000_000;
                timings.append(' ').append(category).append('/').append(kind).append('=').append(millis)
                        .append(" (assets ").append(report.path("assetCount").asInt()).append(", uncovered area ")
                        .append(report.path("uncoveredAreaShare").asDouble()).append(", postcodes ")
                        .append(report.path("uncoveredPostcodeShare").asDouble()).append(')');
                assertThat(millis).as(category + " by " + kind).isLessThan(2_000);
            }
        }
        System.out.println(timings);
    }

    private JsonNode coverage(String category, double walkMetres, String kind) {
        return graphql.data(COVERAGE, Map.of("category", category, "walk", walkMetres, "kind", kind))
                .path("coverage");
    }

    private String wardOf(String assetId) {
        var localities = graphql.data("query($id: ID!) { asset(id: $id) { localities { id kind } } }",
                Map.of("id", assetId)).path("asset").path("localities");
        for (var locality : localities) {
            if (locality.path("kind").asString().equals("WARD")) {
                return locality.path("id").asString();
            }
        }
        throw new AssertionError(assetId + " is in no ward");
    }

    private static JsonNode area(JsonNode areas, String localityId) {
        for (var area : areas) {
            if (area.path("locality").path("id").asString().equals(localityId)) {
                return area;
            }
        }
        throw new AssertionError("no area " + localityId);
    }

    private static JsonNode firstGapPoint(JsonNode areas) {
        for (var area : areas) {
            var gap = area.path("gap");
            if (gap.path("type").asString().equals("Polygon")) {
                return gap.path("coordinates").get(0).get(0);
            }
            if (gap.path("type").asString().equals("MultiPolygon")) {
                return gap.path("coordinates").get(0).get(0).get(0);
            }
        }
        throw new AssertionError("no gap at all");
    }
}
