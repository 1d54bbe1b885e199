package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.StoreFingerprint;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every limit answers with a 4xx or a GraphQL error naming it: body size, rate, nesting, cost, top-level fields and
 * the time limit on each Cypher statement. The service keeps answering others throughout.
 */
class LimitsIT extends GraphQlServiceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    Driver driver;

    @Test
    void anOversizedBodyIsRefusedWith413NamingTheLimit() throws Exception {
        var query = "{ me { actor } }" + " ".repeat(70_000);
        var response = graphql.exchange(query, Map.of());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("maxRequestBytes").contains("65536");
        assertThat(graphql.data("{ me { role } }").path("me").path("role").asString()).isEqualTo("PUBLIC");
    }

    @Test
    void anOversizedBodyWithoutALengthIsRefusedToo() throws Exception {
        var chunks = java.util.stream.Stream.generate(() -> java.nio.ByteBuffer.wrap(new byte[8192])).limit(20)
                .toList();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(subscriber -> HttpRequest.BodyPublishers
                        .ofByteArrays(chunks.stream().map(java.nio.ByteBuffer::array).toList())
                        .subscribe(subscriber)))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("maxRequestBytes");
    }

    @Test
    void aDeeplyNestedQueryIsRefusedNamingMaxDepth() {
        var nested = "{ assets(first: 1) { edges { node { categories { parent { parent { parent { parent { parent "
                + "{ parent { parent { parent { id } } } } } } } } } } } } }";
        var response = graphql.post(nested);
        assertThat(response.path("errors").get(0).path("extensions").path("limit").asString()).isEqualTo("maxDepth");
        assertThat(response.path("data").isMissingNode() || response.path("data").isNull()).isTrue();
    }

    @Test
    void aThousandAliasesAreRefusedNamingMaxRootFields() {
        var query = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            query.append(" a").append(i).append(": asset(id: \"x").append(i).append("\") { id }");
        }
        var response = graphql.post(query.append(" }").toString());
        assertThat(response.path("errors").get(0).path("extensions").path("limit").asString())
                .isEqualTo("maxRootFields");
    }

    @Test
    void anExpensiveQueryIsRefusedNamingMaxComplexity() {
        var page = "assets(first: 500) { edges { node { id name categories { id name parent { id name } } "
                + "localities { id name } runBy { id name } } } }";
        var response = graphql.post("{ a: " + page + " b: " + page + " c: " + page + " d: " + page + " }");
        assertThat(response.path("errors").get(0).path("extensions").path("limit").asString())
                .isEqualTo("maxComplexity");
    }

    @Test
    void aFloodFromOneClientIsRateLimitedWhileAnotherIsStillServed() throws Exception {
        var key = AttackFixtures.apiKey(graphql.as(Role.ADMIN), "flooding partner", Role.PUBLIC, 30);
        var flooder = graphql.with("X-Api-Key", key);
        var other = graphql.as(Role.PEER_SUPPORTER);
        var fingerprint = StoreFingerprint.of(driver);
        try (var pool = Executors.newFixedThreadPool(8)) {
            var flood = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < 120; i++) {
                flood.add(pool.submit(() -> flooder.exchange("{ localities(kind: WARD) { id } }", Map.of())));
            }
            for (int i = 0; i < 20; i++) {
                assertThat(other.exchange("{ me { role } }", Map.of()).statusCode()).isEqualTo(200);
            }
            int ok = 0;
            int limited = 0;
            for (var response : flood) {
                var answer = response.get();
                if (answer.statusCode() == 200) {
                    ok++;
                } else {
                    assertThat(answer.statusCode()).isEqualTo(429);
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                    assertThat(answer.body()).contains("\"limit\":\"rateLimit\"");
                    limited++;
                }
            }
            assertThat(ok).isBetween(30, 32);
            assertThat(limited).isEqualTo(120 - ok);
        }
        assertThat(other.data("{ me { role } }").path("me").path("role").asString()).isEqualTo("PEER_SUPPORTER");
        assertThat(StoreFingerprint.of(driver)).isEqualTo(fingerprint);
    }

    @Test
    void everyCypherStatementHasATimeLimit() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> {
            try (var session = driver.session()) {
                session.run("UNWIND range(1, 4000000000) AS x WITH x WHERE x = -1 RETURN count(x)").consume();
            }
        }).isInstanceOfAny(ClientException.class, TransientException.class)
                .hasMessageContaining("timeout");
        // the test profile's limit is 10 s
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(25));
    }
}
