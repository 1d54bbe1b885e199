package org.lambeth.livingwell.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlWebSocket;
import org.lambeth.livingwell.support.SecondInstance;
import org.lambeth.livingwell.support.StandaloneNeo4j;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stopping an instance: its live sockets are closed with 1012 (service restart) so clients reconnect elsewhere; a
 * request in flight runs to its end; a new request meanwhile is refused with 503 SHUTTING_DOWN.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GracefulShutdownIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHANGES = "subscription { assetChanges { position kind } }";

    @TempDir
    Path directory;

    private StandaloneNeo4j database;
    private SecondInstance instance;

    @BeforeAll
    void startTheDatabase() {
        database = new StandaloneNeo4j(directory.resolve("neo4j"), SecondInstance.freePort()).start();
    }

    @BeforeEach
    void startAnInstance() {
        instance = new SecondInstance(database.uri(), database.passwordFile(), SecondInstance.freePort())
                .start("livingwell.seed.enabled=false");
    }

    @AfterEach
    void stopIt() {
        instance.stop();
    }

    @AfterAll
    void stopTheDatabase() {
        database.stop();
    }

    @Test
    void liveSocketsAreToldToReconnectWhenTheInstanceStops() {
        try (var socket = GraphQlWebSocket.connect(instance.port(), null)) {
            socket.subscribe("1", CHANGES, Map.of());
            assertThat(socket.next(Duration.ofMillis(500))).as("nothing yet (no change, no error)").isNull();

            instance.stop();

            var closed = socket.awaitClose(Duration.ofSeconds(10), new ArrayList<>());
            assertThat(closed).as("closed by the server").isNotNull();
            assertThat(closed.path("code").asInt()).isEqualTo(1012);
            assertThat(closed.path("reason").asString()).isEqualTo("server restarting: reconnect");
        }
    }

    @Test
    void aRequestInFlightFinishesAndANewOneIsRefusedWhileTheInstanceStops() throws Exception {
        int port = instance.port();
        var cookie = GraphQlHttp.login(port, new String[] {"editor", "editor-test-password"});
        var rest = new CountDownLatch(1);
        var body = new SequenceInputStream(new java.io.ByteArrayInputStream(
                "name,latitude,longitude\n".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    private final byte[] row = "Held open,51.46,-0.11\n".getBytes(StandardCharsets.UTF_8);
                    private int at = -1;

                    @Override
                    public int read() throws IOException {
                        if (at < 0) {
                            await(rest);
                            at = 0;
                        }
                        return at < row.length ? row[at++] : -1;
                    }
                });
        var uploading = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/imports/uploads")).header("Cookie", cookie)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build(), HttpResponse.BodyHandlers.ofString());
        // a connection kept alive from before the stop, as a load balancer's would be
        var probe = HttpClient.newHttpClient();
        assertThat(get(probe, port).statusCode()).isEqualTo(200);
        Thread.sleep(500); // the upload's headers and first row are in: it is in flight, waiting for the rest

        var stopping = CompletableFuture.runAsync(instance::stop);
        HttpResponse<String> refused = awaitRefusal(probe, port, Duration.ofSeconds(10));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(refused.body()).path("errors").path(0).path("extensions").path("classification")
                .asString()).isEqualTo("SHUTTING_DOWN");
        assertThat(uploading).as("the upload is still in flight").isNotDone();
        assertThat(stopping).as("the stop waits for it").isNotDone();

        rest.countDown();

        var uploaded = uploading.get(20, TimeUnit.SECONDS);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(JSON.readTree(uploaded.body()).path("bytes").asLong()).isEqualTo(46);
        stopping.get(30, TimeUnit.SECONDS);
    }

    /** Asks until this instance refuses (503), at most for the wait. */
    private static HttpResponse<String> awaitRefusal(HttpClient client, int port, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            var response = get(client, port);
            if (response.statusCode() != 200 || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(50);
        }
    }

    private static HttpResponse<String> get(HttpClient client, int port) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/map-config"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IOException("the test never released the rest of the upload");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
