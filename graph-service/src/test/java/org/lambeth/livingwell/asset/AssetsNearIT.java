package org.lambeth.livingwell.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import tools.jackson.databind.JsonNode;

class AssetsNearIT extends GraphQlServiceTest {

    static final String NEAR = """
            query Near($near: PlaceInput!, $radius: Float!, $first: Int, $after: String) {
              assetsNear(near: $near, radiusMetres: $radius, first: $first, after: $after) {
                totalCount
                near { latitude longitude }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor distanceMetres node {
                  id name description address postcode inBorough source
                  location { latitude longitude }
                  categories { id name parent { id name } }
                  localities { id name kind }
                  runBy { id name }
                } }
              }
            }""";


    @Test
    void theNearestLibraryToSw21rwIsBrixtonLibrary() {
        var answer = near(Map.of("postcode", "sw2 1rw"), 3000, 200);
        // the Code-Point Open centroid of SW2 1RW
        assertThat(answer.path("near").path("latitude").asDouble()).isEqualTo(51.460661);
        assertThat(answer.path("near").path("longitude").asDouble()).isEqualTo(-0.116898);
        var edges = answer.path("edges");
        JsonNode nearestLibrary = null;
        for (var edge : edges) {
            for (var category : edge.path("node").path("categories")) {
                if (category.path("id").asString().equals("library") && nearestLibrary == null) {
                    nearestLibrary = edge;
                }
            }
        }
        assertThat(nearestLibrary).isNotNull();
        assertThat(nearestLibrary.path("node").path("name").asString()).startsWith("Brixton");
        assertThat(nearestLibrary.path("distanceMetres").asDouble()).isBetween(140.0, 175.0);
        var node = nearestLibrary.path("node");
        assertThat(node.path("categories").get(0).path("parent").path("id").asString()).isEqualTo("learning");
        assertThat(node.path("localities").toString()).contains("Brixton Windrush").contains("\"kind\":\"WARD\"")
                .contains("\"kind\":\"LSOA\"").contains("\"kind\":\"HALF\"");
    }

    @Test
    void edgesComeNearestFirstWithinTheRadius() {
        var result = near(Map.of("latitude", 51.4627, "longitude", -0.1147), 800, 100);
        var distances = new ArrayList<Double>();
        result.path("edges").forEach(e -> distances.add(e.path("distanceMetres").asDouble()));
        assertThat(distances).isNotEmpty().isSorted().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(800.0));
        assertThat(result.path("totalCount").asInt()).isEqualTo(distances.size());
    }

    @Test
    void pagesFollowOnFromTheCursorWithoutGapsOrRepeats() {
        var all = near(Map.of("postcode", "SE11 5QY"), 2000, 30);
        var firstPage = near(Map.of("postcode", "SE11 5QY"), 2000, 10);
        assertThat(firstPage.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        var after = firstPage.path("pageInfo").path("endCursor").asString();
        var secondPage = graphql.data(NEAR, Map.of("near", Map.of("postcode", "SE11 5QY"), "radius", 2000,
                "first", 10, "after", after)).path("assetsNear");
        var ids = new ArrayList<String>();
        firstPage.path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
        secondPage.path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
        var expected = new ArrayList<String>();
        all.path("edges").forEach(e -> expected.add(e.path("node").path("id").asString()));
        assertThat(ids).containsExactlyElementsOf(expected.subList(0, 20));
        assertThat(secondPage.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
    }

    @Test
    void anAssetByIdAndAnUnknownIdGivesNull() {
        var data = graphql.data("""
                { asset(id: "lib-200000455963") { name postcode runBy { id } inBorough }
                  missing: asset(id: "no-such-asset") { id } }""", Map.of());
        assertThat(data.path("asset").path("name").asString()).isEqualTo("Brixton Library");
        assertThat(data.path("asset").path("runBy").get(0).path("id").asString()).isEqualTo("org-lambeth-council");
        assertThat(data.path("missing").isNull()).isTrue();
    }

    @Test
    void assetsJustOutsideTheBoroughAreKeptAndMarkedOutside() {
        var data = graphql.data("""
                { asset(id: "lbl2012-school-056") { inBorough localities { kind } } }""", Map.of());
        assertThat(data.path("asset").path("inBorough").asBoolean()).isFalse();
        assertThat(data.path("asset").path("localities").toString()).doesNotContain("BOROUGH");
    }

    private JsonNode near(Map<String, Object> place, double radius, int first) {
        return graphql.data(NEAR, Map.of("near", place, "radius", radius, "first", first)).path("assetsNear");
    }
}
