package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.SecondInstance;
import org.lambeth.livingwell.support.ServiceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits on an operation while it runs, on an instance of the service given small ones (a 64 KiB answer, a 2 s
 * time limit) and sharing the test service's database: an answer that grows past the budget is stopped before it
 * is sent, and a slow query is stopped at its time limit, each answering only the error naming the limit. A stopped
 * expensive request gives its client's place back.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBudgetIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long TIME_LIMIT_MILLIS = 2_000;
    /** One LSOA coverage at the longest walk: most of a second of geometry on these machines. */
    private static final String SLOW = "coverage(category: \"outdoors\", walkMetres: 5000, kind: LSOA) "
            + "{ uncoveredAreaShare }";

    @Autowired
    Neo4jConnectionDetails database;

    private SecondInstance small;
    private GraphQlHttp client;

    @BeforeAll
    void startAnInstanceWithSmallLimits() {
        small = new SecondInstance(database.getUri().toString(), SecondInstance.freePort())
                .start("--livingwell.graphql.max-response-size=64KB", "--livingwell.graphql.time-limit=2s");
        client = new GraphQlHttp(small.port());
    }

    @AfterAll
    void stopIt() {
        if (small != null) {
            small.close();
        }
    }

    private static String aliases(int count, String alias, String field) {
        return IntStream.range(0, count).mapToObj(i -> alias + i + ": " + field).collect(Collectors.joining(" "));
    }

    @Test
    void anAnswerOverTheResponseBudgetIsStoppedBeforeItIsSent() {
        // about 12 KB, then about 118 KB: both cheap by the cost model, the second over the answer budget
        var one = client.post("{ localities { id name kind } }");
        assertThat(one.path("errors").isMissingNode()).as(one.path("errors").toString()).isTrue();
        assertThat(one.path("data").path("localities").size()).isEqualTo(212);

        var tenfold = client.exchange("{ " + aliases(10, "l", "localities { id name kind }") + " }",
                Map.of());

        assertThat(tenfold.statusCode()).isEqualTo(200);
        assertThat(tenfold.body().length()).as("the answer sent").isLessThan(2_000);
        var answer = JSON.readTree(tenfold.body());
        var limit = limitError(answer, "maxResponseSize");
        assertThat(limit.path("extensions").path("max").asLong()).isEqualTo(64 * 1024);
        assertThat(limit.path("extensions").path("actual").asLong()).isGreaterThan(64 * 1024);
        assertThat(limit.path("extensions").path("unit").asString()).isEqualTo("bytes");
    }

    @Test
    void aSlowQueryIsStoppedAtItsTimeLimitAndLeavesItsClientFreeToRunMore() {
        long started = System.nanoTime();
        var one = client.post("{ " + SLOW + " }");
        long oneMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(one.path("errors").isMissingNode()).as(one.path("errors").toString()).isTrue();

        // ten of them one after the other: several times the limit. Each costs over 20,000, so each takes one of
        // its client's two places for expensive requests: the third in a row is run (and stopped), not refused, so
        // a stopped request gave its place back
        var tenfold = "{ " + aliases(10, "c", SLOW) + " }";
        for (int attempt = 0; attempt < 3; attempt++) {
            started = System.nanoTime();
            var answer = client.post(tenfold);
            long millis = (System.nanoTime() - started) / 1_000_000;

            var limit = limitError(answer, "timeLimit");
            assertThat(limit.path("extensions").path("max").asLong()).isEqualTo(TIME_LIMIT_MILLIS);
            assertThat(limit.path("extensions").path("actual").asLong()).isGreaterThan(TIME_LIMIT_MILLIS);
            assertThat(limit.path("extensions").path("unit").asString()).isEqualTo("ms");
            // it stopped after the coverage running when the time was up, not after all ten
            assertThat(millis).as("ms, one coverage taking " + oneMillis + " ms")
                    .isLessThan(TIME_LIMIT_MILLIS + 2 * oneMillis + 3_000);
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
