package org.lambeth.livingwell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lambeth.livingwell.store.EmbeddedNeo4jProperties;
import org.lambeth.livingwell.support.SecondInstance;
import org.lambeth.livingwell.support.ServiceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

/**
 * Slow request bodies cannot starve the service (issue 19, defect 5). An instance with 20 request threads, 8 requests
 * at once per address and a 4 s body bound, sharing the test service's database, is sent 30 bodies from 127.0.0.1
 * that announce 1,000 bytes and trickle one a second (without the limits they take every thread for 1,000 s): a
 * query from 127.0.0.2 is answered at once, the 22 over the address's limit are refused at once with 429, and the 8
 * admitted are cut off with 408 at the body bound, each connection closed.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowClientsIT {

    private static final int THREADS = 20;
    private static final int PER_ADDRESS = 8;
    private static final int SLOW_BODIES = 30;
    private static final long BODY_MILLIS = 4_000;

    @Autowired
    Neo4jConnectionDetails database;
    @Autowired
    EmbeddedNeo4jProperties embedded;

    private SecondInstance instance;

    @BeforeAll
    void start() {
        instance = new SecondInstance(database.getUri().toString(), embedded.passwordFile(), SecondInstance.freePort())
                .start("--server.tomcat.threads.max=" + THREADS,
                        "--livingwell.security.max-concurrent-requests-per-address=" + PER_ADDRESS,
                        "--livingwell.security.body-read-timeout=" + BODY_MILLIS + "ms");
    }

    @AfterAll
    void stop() {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void slowBodiesFromOneAddressNeitherStarveOthersNorHoldThreadsPastTheBound() throws Exception {
        var opened = System.nanoTime();
        var slow = new ArrayList<SlowBody>();
        for (int i = 0; i < SLOW_BODIES; i++) {
            slow.add(new SlowBody(instance.port()));
        }
        var trickle = Executors.newSingleThreadScheduledExecutor();
        trickle.scheduleAtFixedRate(() -> slow.forEach(SlowBody::oneMoreByte), 1, 1, TimeUnit.SECONDS);
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            var answers = slow.stream().map(body -> CompletableFuture.supplyAsync(() -> body.answer(opened), readers))
                    .toList();
            Thread.sleep(1_000);

            var fromElsewhere = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2"))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            var began = System.nanoTime();
            var response = fromElsewhere.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port()
                    + "/graphql")).timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{me{role}}\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var waitedMillis = (System.nanoTime() - began) / 1_000_000;
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("PUBLIC");
            assertThat(waitedMillis).as("a query from another address, during the attack (ms)").isLessThan(2_000);

            var results = answers.stream().map(CompletableFuture::join).toList();
            var refused = results.stream().filter(a -> a.status() == 429).toList();
            var cutOff = results.stream().filter(a -> a.status() == 408).toList();
            assertThat(refused).hasSize(SLOW_BODIES - PER_ADDRESS).allSatisfy(a -> {
                assertThat(a.atMillis()).isLessThan(2_000);
                assertThat(a.body()).contains("\"limit\":\"maxConcurrentRequestsPerAddress\"");
                assertThat(a.closed()).isTrue();
            });
            assertThat(cutOff).hasSize(PER_ADDRESS).allSatisfy(a -> {
                assertThat(a.atMillis()).isBetween(BODY_MILLIS - 500, BODY_MILLIS + 3_000);
                assertThat(a.body()).contains("\"limit\":\"bodyReadTimeout\"");
                assertThat(a.closed()).isTrue();
            });
        } finally {
            trickle.shutdownNow();
            slow.forEach(SlowBody::close);
        }
        // the address's places are given back once its requests have ended
        var again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + instance.port() + "/graphql")).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{me{role}}\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatArrivesInTimeKeepsItsConnectionOpenForTheNext() throws Exception {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), instance.port())) {
            socket.setSoTimeout(10_000);
            var body = "{\"query\":\"{me{role}}\"}";
            for (int i = 0; i < 2; i++) {
                socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.US_ASCII));
                var answer = readUntil(socket.getInputStream(), "PUBLIC");
                assertThat(answer).as("answer %d on one connection", i + 1).startsWith("HTTP/1.1 200")
                        .doesNotContainIgnoringCase("Connection: close");
            }
        }
    }

    /** Reads until the text has been seen (then stops), or the connection ends. */
    private static String readUntil(InputStream in, String text) throws IOException {
        var seen = new ByteArrayOutputStream();
        var buffer = new byte[4096];
        while (!seen.toString(StandardCharsets.UTF_8).contains(text)) {
            var n = in.read(buffer);
            if (n < 0) {
                break;
            }
            seen.write(buffer, 0, n);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    /** What a slow body's connection received: the status, when (ms after the bodies were opened), and the rest. */
    private record Answer(int status, long atMillis, String body, boolean closed) {
    }

    /** A POST /graphql that announces 1,000 bytes of body and sends one whenever asked. */
    private static final class SlowBody {

        private final Socket socket = new Socket();

        SlowBody(int port) throws IOException {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }

        void oneMoreByte() {
            try {
                socket.getOutputStream().write(' ');
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // closed by the service: that is what it should do
            }
        }

        Answer answer(long openedNanos) {
            try {
                var in = socket.getInputStream();
                var first = in.read();
                if (first < 0) {
                    return new Answer(-1, (System.nanoTime() - openedNanos) / 1_000_000, "", true);
                }
                var at = (System.nanoTime() - openedNanos) / 1_000_000;
                var rest = new ByteArrayOutputStream();
                rest.write(first);
                var closed = false;
                try {
                    var buffer = new byte[4096];
                    for (int n; (n = in.read(buffer)) >= 0;) {
                        rest.write(buffer, 0, n);
                    }
                    closed = true;
                } catch (java.net.SocketTimeoutException e) {
                    closed = false;
                } catch (IOException e) {
                    // reset by the service after its answer: closed too
                    closed = true;
                }
                var text = rest.toString(StandardCharsets.UTF_8);
                var status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
                return new Answer(status, at, text, closed);
            } catch (IOException e) {
                return new Answer(-2, (System.nanoTime() - openedNanos) / 1_000_000, e.toString(), true);
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
