package org.lambeth.livingwell.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graphql-ws (graphql-transport-ws) client over the JDK's WebSocket, for tests: connects to /graphql/ws (with a
 * session cookie, an API key or a bearer token when given), sends connection_init, waits for the ack, and queues every
 * message the server sends; the server's closing of the socket is queued as a message of type "closed" with its code.
 */
public final class GraphQlWebSocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private GraphQlWebSocket(int port, Map<String, String> headers) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql/ws"), new Listener()).join();
    }

    /** Connects and completes the graphql-ws handshake; cookie may be null (anonymous). */
    public static GraphQlWebSocket connect(int port, String cookie) {
        return connectWith(port, cookie == null ? Map.of() : Map.of("Cookie", cookie));
    }

    /** Connects with these handshake headers (e.g. X-Api-Key, Authorization) and completes the graphql-ws handshake. */
    public static GraphQlWebSocket connectWith(int port, Map<String, String> headers) {
        var client = new GraphQlWebSocket(port, headers);
        client.send(Map.of("type", "connection_init", "payload", Map.of()));
        var ack = client.next(Duration.ofSeconds(10));
        if (ack == null || !"connection_ack".equals(ack.path("type").asString())) {
            throw new AssertionError("no connection_ack, got " + ack);
        }
        return client;
    }

    /** Starts an operation with this id. */
    public void subscribe(String id, String query, Map<String, Object> variables) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("query", query);
        payload.put("variables", variables);
        send(Map.of("id", id, "type", "subscribe", "payload", payload));
    }

    /** The next message from the server, or null when none came within the wait. */
    public JsonNode next(Duration wait) {
        try {
            return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The next "next" message's data, skipping pings; fails on an error message or when none comes in time. */
    public JsonNode nextData(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = until - System.nanoTime();
            var message = left <= 0 ? null : next(Duration.ofNanos(left));
            if (message == null) {
                return null;
            }
            var type = message.path("type").asString();
            if ("next".equals(type)) {
                return message.path("payload");
            }
            if ("error".equals(type)) {
                throw new AssertionError("subscription error: " + message);
            }
        }
    }

    /**
     * Waits for the server to close the socket and returns the "closed" message (its code and reason, and the
     * {@link System#nanoTime} it came at), or null when the socket was still open after the wait. Every message that
     * came before it is added to {@code before}.
     */
    public JsonNode awaitClose(Duration wait, List<JsonNode> before) {
        long until = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = until - System.nanoTime();
            var message = left <= 0 ? null : next(Duration.ofNanos(left));
            if (message == null) {
                return null;
            }
            if ("closed".equals(message.path("type").asString())) {
                return message;
            }
            before.add(message);
        }
    }

    private void send(Map<String, Object> message) {
        socket.sendText(JSON.writeValueAsString(message), true).join();
    }

    /** Whether the server has closed the socket. */
    public boolean closedByServer() {
        return socket.isInputClosed();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(failure -> null).join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                var message = JSON.readTree(text.toString());
                text.setLength(0);
                if ("ping".equals(message.path("type").asString())) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                } else {
                    messages.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            messages.add(JSON.createObjectNode().put("type", "closed").put("code", statusCode).put("reason", reason)
                    .put("nanoTime", System.nanoTime()));
            return null;
        }
    }
}
