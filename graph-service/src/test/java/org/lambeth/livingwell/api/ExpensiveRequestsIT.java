package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.lambeth.livingwell.viewer.Role;

import tools.jackson.databind.json.JsonMapper;

/**
 * One client's expensive requests are bounded: while two of them run, its third is refused at once
 * (TOO_MANY_REQUESTS, naming the limit) and another client's requests are answered as fast as ever; once they have
 * finished, it may run more.
 */
class ExpensiveRequestsIT extends GraphQlServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The map's LSOA coverage at the longest walk: expensive (about 36,000) and most of a second of geometry. */
    private static final String HEAVY = "{ coverage(category: \"outdoors\", walkMetres: 5000, kind: LSOA) "
            + "{ uncoveredAreaShare areas { locality { id name } uncoveredShare gap } } }";

    @Test
    void aClientsThirdConcurrentExpensiveRequestIsRefusedWhileAnotherClientIsServed() throws Exception {
        var heavy = graphql.as(Role.PEER_SUPPORTER);
        var other = graphql.as(Role.PUBLIC);
        assertThat(answered(heavy.exchange(HEAVY, Map.of()))).isTrue();

        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(3)) {
            var requests = new ArrayList<Future<Timed>>();
            for (int i = 0; i < 3; i++) {
                requests.add(pool.submit(() -> {
                    go.await();
                    long started = System.nanoTime();
                    var response = heavy.exchange(HEAVY, Map.of());
                    return new Timed(response, (System.nanoTime() - started) / 1_000_000);
                }));
            }
            go.countDown();
            Thread.sleep(100);
            long started = System.nanoTime();
            assertThat(other.data("{ me { role } }").path("me").path("role").asString()).isEqualTo("PUBLIC");
            long otherMillis = (System.nanoTime() - started) / 1_000_000;

            var answered = new ArrayList<Timed>();
            var refused = new ArrayList<Timed>();
            for (var request : requests) {
                var timed = request.get();
                assertThat(timed.response().statusCode()).isEqualTo(200);
                (answered(timed.response()) ? answered : refused).add(timed);
            }
            assertThat(answered).hasSize(2);
            assertThat(refused).hasSize(1);
            var error = JSON.readTree(refused.get(0).response().body()).path("errors").get(0);
            assertThat(error.path("extensions").path("limit").asString()).isEqualTo("maxExpensivePerClient");
            assertThat(error.path("extensions").path("classification").asString()).isEqualTo("TOO_MANY_REQUESTS");
            assertThat(error.path("extensions").path("max").asInt()).isEqualTo(2);
            assertThat(error.path("extensions").path("retry").asBoolean()).isTrue();
            assertThat(error.path("message").asString()).contains("already has 2 expensive requests running");
            // refused at once, not after waiting its turn
            long fastestAnswer = Math.min(answered.get(0).millis(), answered.get(1).millis());
            assertThat(refused.get(0).millis()).as("ms to refuse").isLessThan(fastestAnswer);
            assertThat(otherMillis).as("ms for another client's me").isLessThan(2_000);
        }
        // both finished: the client may run expensive requests again
        assertThat(answered(heavy.exchange(HEAVY, Map.of()))).isTrue();
    }

    private static boolean answered(HttpResponse<String> response) {
        var body = JSON.readTree(response.body());
        return !body.has("errors") && body.path("data").path("coverage").path("areas").size() == 181;
    }

    private record Timed(HttpResponse<String> response, long millis) {
    }
}
