package org.lambeth.livingwell.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.SecondInstance;
import org.lambeth.livingwell.support.StandaloneNeo4j;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An instance on an external Neo4j that goes away and comes back: while it is away, GraphQL and the REST paths answer
 * 503 DATABASE_UNAVAILABLE with Retry-After (never 500), readiness is DOWN and liveness stays UP; once it is back on the
 * same port and store, the instance serves again by itself and is ready.
 */
class DatabaseOutageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String POSITION = "{ changeFeedPosition }";

    @TempDir
    Path directory;

    private StandaloneNeo4j database;
    private SecondInstance instance;

    @AfterEach
    void stopBoth() {
        if (instance != null) {
            instance.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void whileTheDatabaseIsAwayRequestsAnswer503AndTheInstanceRecoversWhenItReturns() throws Exception {
        database = new StandaloneNeo4j(directory.resolve("neo4j"), SecondInstance.freePort()).start();
        instance = database.instance().start(StandaloneNeo4j.freshStore("spring.neo4j.max-transaction-retry-time=1s",
                "spring.neo4j.connection-timeout=1s"));
        int port = instance.port();
        var graphql = new GraphQlHttp(port);
        assertThat(graphql.exchange(POSITION, Map.of()).statusCode()).isEqualTo(200);
        assertThat(get(port, "/openreferral/services").statusCode()).isEqualTo(200);
        awaitStatus(port, "/actuator/health/readiness", 200, Duration.ofSeconds(30));

        database.stop();

        var query = graphql.exchange(POSITION, Map.of());
        assertThat(query.statusCode()).as(query.body()).isEqualTo(503);
        assertThat(query.headers().firstValue("Retry-After")).hasValue("5");
        var error = JSON.readTree(query.body()).path("errors").path(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(error.path("message").asString()).isEqualTo("The database is unavailable; try again shortly");

        var rest = get(port, "/openreferral/services");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(503);
        assertThat(rest.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(classification(rest)).isEqualTo("DATABASE_UNAVAILABLE");

        var readiness = get(port, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(readiness.body()).path("status").asString()).isEqualTo("DOWN");
        var liveness = get(port, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(liveness.body()).path("status").asString()).isEqualTo("UP");

        database.start();

        awaitStatus(port, "/actuator/health/readiness", 200, Duration.ofSeconds(30));
        assertThat(graphql.exchange(POSITION, Map.of()).statusCode()).isEqualTo(200);
        assertThat(get(port, "/openreferral/services").statusCode()).isEqualTo(200);
    }

    private static String classification(HttpResponse<String> response) {
        JsonNode body = JSON.readTree(response.body());
        return body.path("errors").path(0).path("extensions").path("classification").asString();
    }

    static void awaitStatus(int port, String path, int status, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        HttpResponse<String> last;
        do {
            last = get(port, path);
            if (last.statusCode() == status) {
                return;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " still HTTP " + last.statusCode() + " after " + wait + ": " + last.body());
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
