package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.SecondInstance;
import org.lambeth.livingwell.support.ServiceIT;
import org.lambeth.livingwell.store.EmbeddedNeo4jProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits on an operation while it runs, each on an instance of the service given a small one (a 64 KiB answer,
 * a 1 s time limit) and sharing the test service's database: an answer that grows past the budget is stopped before
 * it is sent, and a slow query is stopped at its time limit, each answering only the error naming the limit. A
 * stopped expensive request gives its client's place back.
 */
@ServiceIT
class RequestBudgetIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long TIME_LIMIT_MILLIS = 1_000;
    /** One LSOA coverage at the longest walk: a few tenths of a second of geometry on a quiet machine. */
    private static final String SLOW = "coverage(category: \"outdoors\", walkMetres: 5000, kind: LSOA) "
            + "{ uncoveredAreaShare }";

    @LocalServerPort
    int port;
    @Autowired
    Neo4jConnectionDetails database;

    @Autowired
    EmbeddedNeo4jProperties embedded;

    private SecondInstance start(String limit) {
        return new SecondInstance(database.getUri().toString(), embedded.passwordFile(), SecondInstance.freePort()).start(limit);
    }

    private static String aliases(int count, String alias, String field) {
        return IntStream.range(0, count).mapToObj(i -> alias + i + ": " + field).collect(Collectors.joining(" "));
    }

    @Test
    void anAnswerOverTheResponseBudgetIsStoppedBeforeItIsSent() {
        try (var small = start("--livingwell.graphql.max-response-size=64KB")) {
            var client = new GraphQlHttp(small.port());
            // about 12 KB, then about 118 KB: both cheap by the cost model, the second over the answer budget
            var one = client.post("{ localities { id name kind } }");
            assertThat(one.path("errors").isMissingNode()).as(one.path("errors").toString()).isTrue();
            assertThat(one.path("data").path("localities").size()).isEqualTo(212);

            var tenfold = client.exchange("{ " + aliases(10, "l", "localities { id name kind }") + " }", Map.of());

            assertThat(tenfold.statusCode()).isEqualTo(200);
            assertThat(tenfold.body().length()).as("the answer sent").isLessThan(2_000);
            var limit = limitError(JSON.readTree(tenfold.body()), "maxResponseSize");
            assertThat(limit.path("extensions").path("max").asLong()).isEqualTo(64 * 1024);
            assertThat(limit.path("extensions").path("actual").asLong()).isGreaterThan(64 * 1024);
            assertThat(limit.path("extensions").path("unit").asString()).isEqualTo("bytes");

            // boundaries come from a batch load and complete after it: about 1.5 MB, stopped the same way
            var boundaries = client.exchange("{ localities(kind: LSOA) { id boundary } }", Map.of());
            assertThat(boundaries.body().length()).as("the answer sent").isLessThan(2_000);
            limitError(JSON.readTree(boundaries.body()), "maxResponseSize");
        }
    }

    @Test
    void aSlowQueryIsStoppedAtItsTimeLimitAndLeavesItsClientFreeToRunMore() {
        // how long one takes now, on the test service (whose time limit is the default minute)
        long started = System.nanoTime();
        var one = new GraphQlHttp(port).post("{ " + SLOW + " }");
        long oneMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(one.path("errors").isMissingNode()).as(one.path("errors").toString()).isTrue();

        try (var small = start("--livingwell.graphql.time-limit=1s")) {
            var client = new GraphQlHttp(small.port());
            // ten of them one after the other: several times the limit. Each request costs over 20,000, so it takes
            // one of its client's two places for expensive requests: the third in a row is run (and stopped), not
            // refused, so a stopped request gave its place back
            var tenfold = "{ " + aliases(10, "c", SLOW) + " }";
            for (int attempt = 0; attempt < 3; attempt++) {
                started = System.nanoTime();
                var answer = client.post(tenfold);
                long millis = (System.nanoTime() - started) / 1_000_000;

                var limit = limitError(answer, "timeLimit");
                assertThat(limit.path("extensions").path("max").asLong()).isEqualTo(TIME_LIMIT_MILLIS);
                assertThat(limit.path("extensions").path("actual").asLong()).isGreaterThan(TIME_LIMIT_MILLIS);
                assertThat(limit.path("extensions").path("unit").asString()).isEqualTo("ms");
                // it stopped after the coverage that was running when the time was up, not after all ten
                assertThat(millis).as("ms, one coverage taking " + oneMillis + " ms")
                        .isLessThan(TIME_LIMIT_MILLIS + 2 * oneMillis + 3_000);
            }
        }
    }

    private static JsonNode limitError(JsonNode answer, String limit) {
        var error = answer.path("errors").get(0);
        assertThat(error).as(answer.toString()).isNotNull();
        assertThat(error.path("extensions").path("limit").asString()).as(answer.toString()).isEqualTo(limit);
        assertThat(error.path("message").asString()).contains("limit");
        assertThat(answer.path("data").isMissingNode() || answer.path("data").isNull()).as(answer.toString())
                .isTrue();
        return error;
    }
}
