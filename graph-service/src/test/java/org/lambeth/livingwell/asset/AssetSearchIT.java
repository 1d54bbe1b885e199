package org.lambeth.livingwell.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.CypherRoundTrips;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlServiceTest;

import tools.jackson.databind.JsonNode;

/** The asset search over the real seeded Lambeth data: each filter part, the orders, paging, facets and clusters. */
class AssetSearchIT extends GraphQlServiceTest {

    private static final String BRIXTON_WINDRUSH = "E05014098";

    private JsonNode assets(Map<String, Object> filter, String sort, int first) {
        var variables = new java.util.HashMap<String, Object>(Map.of("filter", filter, "first", first));
        if (sort != null) {
            variables.put("sort", sort);
        }
        return graphql.data("""
                query($filter: AssetFilter, $sort: AssetSort, $first: Int) {
                  assets(filter: $filter, sort: $sort, first: $first) {
                    totalCount pageInfo { hasNextPage endCursor }
                    edges { cursor distanceMetres relevance node { id name updatedAt postcode
                      categories { id parent { id } } localities { id kind } location { latitude longitude } } }
                  }
                }""", variables).path("assets");
    }

    private static List<String> ids(JsonNode connection) {
        var ids = new ArrayList<String>();
        connection.path("edges").forEach(edge -> ids.add(edge.path("node").path("id").asString()));
        return ids;
    }

    @Test
    void withinALocalityIsItsTrueBoundaryNotItsBoundingBox() {
        var inWard = assets(Map.of("within", Map.of("locality", BRIXTON_WINDRUSH)), null, 200);
        assertThat(inWard.path("totalCount").asInt()).isPositive();
        inWard.path("edges").forEach(edge -> assertThat(edge.path("node").path("localities").findValuesAsString("id"))
                .contains(BRIXTON_WINDRUSH));
        // the ward's bounding box holds more assets than the ward itself
        double south = 90, west = 180, north = -90, east = -180;
        for (var edge : inWard.path("edges")) {
            var location = edge.path("node").path("location");
            south = Math.min(south, location.path("latitude").asDouble());
            north = Math.max(north, location.path("latitude").asDouble());
            west = Math.min(west, location.path("longitude").asDouble());
            east = Math.max(east, location.path("longitude").asDouble());
        }
        var box = assets(Map.of("within", Map.of("box", Map.of("south", south, "west", west, "north", north,
                "east", east))), null, 200);
        assertThat(ids(box)).containsAll(ids(inWard));
        assertThat(box.path("totalCount").asInt()).isGreaterThan(inWard.path("totalCount").asInt());
    }

    @Test
    void aCategoryIncludesItsNarrowerCategories() {
        int outdoors = assets(Map.of("categories", List.of("outdoors")), null, 1).path("totalCount").asInt();
        int growing = assets(Map.of("categories", List.of("food-growing")), null, 1).path("totalCount").asInt();
        int playgrounds = assets(Map.of("categories", List.of("adventure-playground")), null, 1).path("totalCount")
                .asInt();
        assertThat(growing).isPositive();
        assertThat(playgrounds).isPositive();
        assertThat(outdoors).isEqualTo(growing + playgrounds);
        int both = assets(Map.of("categories", List.of("food-growing", "adventure-playground")), null, 1)
                .path("totalCount").asInt();
        assertThat(both).isEqualTo(outdoors);
    }

    @Test
    void nearIsNearestFirstWithinTheRadiusAndCombinesWithOtherParts() {
        var near = Map.<String, Object>of("place", Map.of("postcode", "SW2 1RW"), "radiusMetres", 1500);
        var all = assets(Map.of("near", near), null, 200);
        var distances = all.path("edges").findValues("distanceMetres").stream().map(JsonNode::asDouble).toList();
        assertThat(distances).isNotEmpty().isSorted().allMatch(d -> d <= 1500);
        var schools = assets(Map.of("near", near, "categories", List.of("school")), null, 200);
        assertThat(schools.path("totalCount").asInt()).isPositive().isLessThan(all.path("totalCount").asInt());
        assertThat(ids(all)).containsAll(ids(schools));
        var byName = assets(Map.of("near", near), "NAME", 200);
        var names = byName.path("edges").findValues("name").stream().map(n -> n.asString().toLowerCase()).toList();
        assertThat(names).isSorted();
        assertThat(byName.path("edges").get(0).path("distanceMetres").isNumber()).isTrue();
    }

    @Test
    void textIsRankedAndCombinesWithNear() {
        var libraries = assets(Map.of("text", "library"), null, 50);
        assertThat(libraries.path("totalCount").asInt()).isGreaterThanOrEqualTo(10);
        var relevance = libraries.path("edges").findValues("relevance").stream().map(JsonNode::asDouble).toList();
        assertThat(relevance).isSortedAccordingTo(Comparator.reverseOrder());
        var prefix = assets(Map.of("text", "librar"), null, 50);
        assertThat(prefix.path("totalCount").asInt()).isEqualTo(libraries.path("totalCount").asInt());
        var nearBrixton = assets(Map.of("text", "library", "near",
                Map.of("place", Map.of("postcode", "SW2 1RW"), "radiusMetres", 2000)), null, 50);
        assertThat(nearBrixton.path("totalCount").asInt()).isPositive()
                .isLessThan(libraries.path("totalCount").asInt());
        assertThat(nearBrixton.path("edges").findValues("distanceMetres").stream().map(JsonNode::asDouble).toList())
                .isSorted().allMatch(d -> d <= 2000);
    }

    @Test
    void recentlyUpdatedPutsTheNewestRecordsFirst() {
        var recent = assets(Map.of(), "RECENTLY_UPDATED", 20);
        var dates = recent.path("edges").findValues("updatedAt").stream().map(JsonNode::asString).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dates.getFirst()).startsWith("2023");
        assertThat(recent.path("totalCount").asInt()).isEqualTo(414);
    }

    @Test
    void pagesFollowOnWithoutOverlapAndOnlyPublicAssetsShowByDefault() {
        var filter = Map.<String, Object>of("within", Map.of("locality", "half-south"));
        var first = assets(filter, null, 25);
        var second = graphql.data("""
                query($filter: AssetFilter, $after: String) {
                  assets(filter: $filter, first: 25, after: $after) { edges { node { id } } pageInfo { hasPreviousPage } }
                }""", Map.of("filter", filter, "after", first.path("pageInfo").path("endCursor").asString()))
                .path("assets");
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(second.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
        Set<String> seen = new HashSet<>(ids(first));
        assertThat(ids(second)).hasSize(25).noneMatch(seen::contains);
        // the seeds hold public assets only; NETWORK ones are for peer supporters and above (AccessMatrixIT)
        var network = graphql.as(Role.PEER_SUPPORTER).data("{ assets(filter: {visibility: [NETWORK]}, first: 5) "
                + "{ totalCount } }");
        assertThat(network.path("assets").path("totalCount").asInt()).isZero();
    }

    @Test
    void facetsCountTheSameAssetsAsTheSearch() {
        var filter = Map.<String, Object>of("within", Map.of("locality", "half-north"));
        var facets = graphql.data("""
                query($filter: AssetFilter) { assetFacets(filter: $filter) { totalCount
                  categories { category { id } count } localities { locality { id kind } count }
                  accessibility { feature count } } }""", Map.of("filter", filter)).path("assetFacets");
        assertThat(facets.path("totalCount").asInt()).isEqualTo(assets(filter, null, 1).path("totalCount").asInt());
        for (var entry : facets.path("categories")) {
            var category = entry.path("category").path("id").asString();
            var withCategory = Map.<String, Object>of("within", Map.of("locality", "half-north"),
                    "categories", List.of(category));
            assertThat(entry.path("count").asInt()).as(category)
                    .isEqualTo(assets(withCategory, null, 1).path("totalCount").asInt());
        }
        var wards = new ArrayList<Integer>();
        facets.path("localities").forEach(l -> {
            if (l.path("locality").path("kind").asString().equals("WARD")) {
                wards.add(l.path("count").asInt());
            }
        });
        assertThat(wards.stream().mapToInt(Integer::intValue).sum()).isEqualTo(facets.path("totalCount").asInt());
        var toilets = facets.path("accessibility").findValues("feature").stream().map(JsonNode::asString).toList();
        assertThat(toilets).contains("ACCESSIBLE_TOILET", "BABY_CHANGING");
    }

    @Test
    void clustersAccountForEveryAssetInTheBox() {
        var box = Map.<String, Object>of("south", 51.411, "west", -0.152, "north", 51.511, "east", -0.078);
        var inBox = assets(Map.of("within", Map.of("box", box)), null, 1).path("totalCount").asInt();
        for (int zoom : new int[] {10, 12, 14, 17}) {
            var clusters = graphql.data("""
                    query($box: BoxInput!, $zoom: Int!) { assetClusters(box: $box, zoom: $zoom) { totalCount
                      clusters { count centre { latitude longitude } bounds { south west north east }
                        topCategories { count } }
                      assets { id } } }""", Map.of("box", box, "zoom", zoom)).path("assetClusters");
            int clustered = 0;
            for (var cluster : clusters.path("clusters")) {
                clustered += cluster.path("count").asInt();
                var bounds = cluster.path("bounds");
                var centre = cluster.path("centre");
                assertThat(centre.path("latitude").asDouble()).isBetween(bounds.path("south").asDouble(),
                        bounds.path("north").asDouble());
                assertThat(cluster.path("topCategories").size()).isBetween(1, 3);
                assertThat(cluster.path("count").asInt()).isGreaterThan(ClusterGrid.SMALL_CELL);
            }
            assertThat(clusters.path("totalCount").asInt()).as("zoom " + zoom).isEqualTo(inBox);
            assertThat(clustered + clusters.path("assets").size()).as("zoom " + zoom).isEqualTo(inBox);
            if (zoom >= ClusterGrid.SINGLES_ZOOM) {
                assertThat(clusters.path("clusters").size()).isZero();
            }
        }
    }

    @Test
    void nearestGivesTheClosestOfAKindWithWalkingTime() {
        var nearest = graphql.data("""
                { nearest(place: {postcode: "SE11 5QY"}, category: "learning", n: 5) {
                    distanceMetres walkingMinutes asset { id categories { id parent { id } } } } }""", Map.of())
                .path("nearest");
        assertThat(nearest.size()).isEqualTo(5);
        var distances = nearest.findValues("distanceMetres").stream().map(JsonNode::asDouble).toList();
        assertThat(distances).isSorted();
        for (var item : nearest) {
            assertThat(item.path("walkingMinutes").asInt()).isEqualTo(
                    AssetSearchService.walkingMinutes(item.path("distanceMetres").asDouble()));
            var category = item.path("asset").path("categories").get(0);
            assertThat(List.of(category.path("id").asString(), category.path("parent").path("id").asString()))
                    .contains("learning");
        }
    }

    @Test
    void aListCostsAtMostThreeCypherRoundTripsWhateverThePageSize() {
        for (int first : new int[] {5, 100, 400}) {
            CypherRoundTrips.reset();
            var page = graphql.data("""
                    query($first: Int) { assets(filter: {near: {place: {postcode: "SW2 1RW"}, radiusMetres: 20000}},
                        first: $first) { totalCount edges { node { id categories { id name parent { id name } }
                        localities { id name } runBy { id name } openingHours { regular { day } } } } } }""",
                    Map.of("first", first)).path("assets");
            int trips = CypherRoundTrips.count();
            assertThat(page.path("edges").size()).isEqualTo(first);
            assertThat(trips).as("round trips for a page of " + first).isBetween(1, 3);
        }
    }
}
