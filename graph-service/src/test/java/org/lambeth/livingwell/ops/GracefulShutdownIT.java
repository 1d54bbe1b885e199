package org.lambeth.livingwell.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
    /** A thread each (the common pool may have one thread on a small machine, and both of these block). */
    private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();
    private static final String CHANGES = "subscription { assetChanges { position kind } }";

    private StandaloneNeo4j database;
    private SecondInstance instance;
    private Path uploads;

    @BeforeAll
    void startTheDatabase() {
        database = new StandaloneNeo4j(Path.of("target", "neo4j-test", "shutdown-" + UUID.randomUUID()),
                SecondInstance.freePort()).start();
    }

    @BeforeEach
    void startAnInstance() {
        uploads = Path.of("target", "uploads-test", "shutdown-" + UUID.randomUUID()).toAbsolutePath();
        instance = database.instance().start(StandaloneNeo4j.freshStore(
                "livingwell.ingest.upload-directory=" + uploads));
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
        var first = "name,latitude,longitude\n".getBytes(StandardCharsets.UTF_8);
        var last = "Held open,51.46,-0.11\n".getBytes(StandardCharsets.UTF_8);
        // by hand, so that the body stops half-way exactly where the test says
        var socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        var out = socket.getOutputStream();
        out.write(("POST /api/imports/uploads HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + cookie
                + "\r\nContent-Type: text/csv\r\nContent-Length: " + (first.length + last.length)
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(first);
        out.flush();
        var uploading = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, THREADS);
        // a connection kept alive from before the stop, as a load balancer's would be
        var probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThat(get(probe, port).statusCode()).isEqualTo(200);
        awaitFileIn(uploads, Duration.ofSeconds(20)); // the server is writing it: the upload is in flight

        var stopping = CompletableFuture.runAsync(instance::stop, THREADS);
        awaitRefusal(probe, port, Duration.ofSeconds(10));
        assertThat(uploading).as("the upload is still in flight").isNotDone();
        assertThat(stopping).as("the stop waits for it").isNotDone();
        assertRefused(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), port);

        out.write(last);
        out.flush();

        var uploaded = uploading.get(20, TimeUnit.SECONDS);
        socket.close();
        assertThat(uploaded).startsWith("HTTP/1.1 201");
        assertThat(uploaded).contains("\"bytes\":46");
        stopping.get(30, TimeUnit.SECONDS);
    }

    /** Asks until this instance refuses a new request, at most for the wait; fails on anything but 200 or a refusal. */
    private static void awaitRefusal(HttpClient client, int port, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response;
            try {
                response = get(client, port);
            } catch (ConnectException e) {
                return; // the listening socket is closed: refused before anything is read
            }
            if (response.statusCode() != 200) {
                assertRefusal(response);
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("new requests still served " + wait + " after the stop began");
    }

    /**
     * A new request while the instance stops is refused: the connection itself (Tomcat closed its listening socket),
     * or 503 SHUTTING_DOWN with Retry-After (the gate, on a connection already open); never served, never a 500.
     */
    private static void assertRefused(HttpClient client, int port) throws Exception {
        try {
            assertRefusal(get(client, port));
        } catch (ConnectException e) {
            // refused at the door
        }
    }

    private static void assertRefusal(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        if (response.body().contains("classification")) {
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(response.body()).path("errors").path(0).path("extensions")
                    .path("classification").asString()).isEqualTo("SHUTTING_DOWN");
        }
    }

    private static void awaitFileIn(Path directory, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = java.nio.file.Files.list(directory)) {
                if (files.findAny().isPresent()) {
                    return;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // not made yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the upload never reached the server");
    }

    private static HttpResponse<String> get(HttpClient client, int port) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/map-config"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
