package org.lambeth.livingwell.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlHttp;

/**
 * The deployable artifact: {@code java -jar graph-service.jar} (built by the package phase, before this runs) starts
 * the embedded Neo4j, seeds it from the resources inside the nested jars, and serves the map and GraphQL.
 */
class PackagedJarIT {

    @Test
    void theFatJarStartsSeedsAndServes() throws Exception {
        var jar = Path.of("target", "graph-service.jar");
        assertThat(jar).exists();
        int port = freePort();
        var data = Files.createTempDirectory(Path.of("target"), "jar-it-store-");
        var log = data.resolve("service.log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString(), "--server.port=" + port,
                "--livingwell.neo4j.embedded.bolt-port=0",
                "--livingwell.neo4j.embedded.data-directory=" + data.resolve("neo4j")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitUntilServing(port, process, log);
            var wards = new GraphQlHttp(port).data("{ localities(kind: WARD) { id } }", Map.of()).path("localities");
            assertThat(wards.size()).isEqualTo(25);
            var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("Living Well Map");
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static void waitUntilServing(int port, Process process, Path log) throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not start within 180 s:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
