package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19, defect 1: requests whose answers cost nothing under the old limits (a boundary under 200 aliases: 306 MB
 * in 56 s, the heap up 1.7 GB) are refused before any work with an error naming the cost limit, the cost and the
 * limit, and the heap does not jump; the map's own requests are still answered.
 */
class QueryCostIT extends GraphQlServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long ISSUE_LIMIT_MILLIS = 3_000;
    private static final long HEAP_JUMP_BYTES = 256L * 1024 * 1024;

    private static String aliases(int count, String alias, String field) {
        return IntStream.range(0, count).mapToObj(i -> alias + i + ": " + field).collect(Collectors.joining(" "));
    }

    /** The three requests of the issue, and two more of the same kind. */
    static List<String> issueRequests() {
        return List.of(
                "{ localities(kind: LSOA) { " + aliases(200, "b", "boundary") + " } }",
                "{ assets(first: 500) { edges { node { id localities { boundary } } } } }",
                "{ coverage(category: \"outdoors\", kind: LSOA) { " + aliases(50, "a", "areas { gap }") + " } }",
                "{ " + aliases(10, "c", "coverage(category: \"outdoors\", kind: LSOA) { areas { gap } }") + " }",
                "{ localities(kind: LSOA) { id " + aliases(50, "o", "outline") + " } }");
    }

    @Test
    void theIssuesRequestsAreRefusedBeforeAnyWorkNamingTheCostAndTheLimit() throws Exception {
        for (var query : issueRequests()) {
            var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            long heapBefore = pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();

            var response = post(query);

            long millis = (System.nanoTime() - started) / 1_000_000;
            long heapPeak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            var what = query.substring(0, 60) + "...";
            assertThat(response.body().length()).as(what + " answer").isLessThan(2_000);
            var answer = JSON.readTree(response.body());
            var error = answer.path("errors").get(0);
            assertThat(error).as(what + ": " + answer).isNotNull();
            assertThat(error.path("extensions").path("limit").asString()).isEqualTo("maxComplexity");
            assertThat(error.path("extensions").path("max").asLong()).isEqualTo(50_000);
            assertThat(error.path("extensions").path("actual").asLong()).isGreaterThan(100_000);
            assertThat(error.path("message").asString()).contains("would cost").contains("the limit is 50,000");
            assertThat(answer.path("data").isMissingNode() || answer.path("data").isNull()).isTrue();
            assertThat(millis).as(what + " ms").isLessThan(ISSUE_LIMIT_MILLIS);
            assertThat(heapPeak - heapBefore).as(what + " heap growth").isLessThan(HEAP_JUMP_BYTES);
        }
        assertThat(graphql.data("{ me { role } }").path("me").path("role").asString()).isEqualTo("PUBLIC");
    }

    @Test
    void theSameFieldUnderOneAliasIsAnsweredAndUnderManyIsRefused() {
        var one = graphql.post("{ localities(kind: LSOA) { id outline } }");
        assertThat(one.path("errors").isMissingNode()).as(one.path("errors").toString()).isTrue();
        assertThat(one.path("data").path("localities").size()).isEqualTo(181);
        var many = graphql.post("{ localities(kind: LSOA) { id " + aliases(20, "o", "outline") + " } }");
        assertThat(many.path("errors").get(0).path("extensions").path("limit").asString()).isEqualTo("maxComplexity");
    }

    @Test
    void theMapsOwnHeavierRequestsAreAnswered() {
        var operations = MapDocuments.operations();
        var wards = graphql.data(operations.get("Wards")).path("localities");
        assertThat(wards.size()).isEqualTo(25);
        assertThat(wards.get(0).path("boundary").path("type").asString()).isIn("Polygon", "MultiPolygon");
        assertThat(graphql.data(operations.get("Lsoas")).path("localities").size()).isEqualTo(181);
        var coverage = graphql.data(operations.get("Coverage"),
                Map.of("category", "library", "walkMetres", 800, "kind", "LSOA")).path("coverage");
        assertThat(coverage.path("areas").size()).isEqualTo(181);
        var clusters = graphql.data(operations.get("AssetClusters"), Map.of("box", Map.of("south", 51.41,
                "west", -0.16, "north", 51.52, "east", -0.07), "zoom", 15)).path("assetClusters");
        assertThat(clusters.path("totalCount").asInt()).isPositive();
    }

    private HttpResponse<String> post(String query) throws Exception {
        var body = JSON.writeValueAsString(Map.of("query", query));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
