package org.lambeth.livingwell.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lambeth.livingwell.viewer.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL operations to a running service over real HTTP, as a partner tool would: anonymously (PUBLIC), or
 * signed in through the built-in login as one of the test profile's users ({@link #as}), or with an API key or a
 * bearer token.
 */
public final class GraphQlHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The test profile's users (application-test.yml); their passwords protect nothing. */
    private static final Map<Role, String[]> USERS = Map.of(
            Role.PEER_SUPPORTER, new String[] {"peer", "peer-test-password"},
            Role.LEAD, new String[] {"lead", "lead-test-password"},
            Role.EDITOR, new String[] {"editor", "editor-test-password"},
            Role.ADMIN, new String[] {"admin", "admin-test-password"});
    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();

    private final int port;
    private final URI endpoint;
    private final Map<String, String> headers;

    public GraphQlHttp(int port) {
        this(port, Map.of());
    }

    private GraphQlHttp(int port, Map<String, String> headers) {
        this.port = port;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        this.headers = headers;
    }

    /** A client signed in with the test user of this role (PUBLIC: anonymous). Sessions are reused. */
    public GraphQlHttp as(Role role) {
        if (role == Role.PUBLIC) {
            return new GraphQlHttp(port);
        }
        var cookie = SESSIONS.computeIfAbsent(port + "/" + role, key -> login(port, USERS.get(role)));
        return with("Cookie", cookie);
    }

    /** A client sending this header as well (e.g. X-Api-Key, Authorization). */
    public GraphQlHttp with(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new GraphQlHttp(port, Map.copyOf(more));
    }

    /** Signs in through POST /api/login and returns the session cookie ("LWM_SESSION=..."). */
    public static String login(int port, String[] user) {
        var body = JSON.writeValueAsString(Map.of("username", user[0], "password", user[1]));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var response = send(request);
        if (response.statusCode() != 200) {
            throw new AssertionError("login as " + user[0] + " failed: HTTP " + response.statusCode());
        }
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LWM_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("login set no session cookie"));
    }

    /** The raw HTTP response to a GraphQL operation (for status codes and headers). */
    public HttpResponse<String> exchange(String query, Map<String, Object> variables) {
        var body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        var request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The whole response body ({@code data} and {@code errors}); fails on any status but 200. */
    public JsonNode post(String query, Map<String, Object> variables) {
        var response = exchange(query, variables);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public JsonNode post(String query) {
        return post(query, Map.of());
    }

    /** {@code data}, failing the test when there are errors. */
    public JsonNode data(String query, Map<String, Object> variables) {
        var response = post(query, variables);
        if (response.has("errors")) {
            throw new AssertionError("GraphQL errors: " + response.get("errors"));
        }
        return response.get("data");
    }

    public JsonNode data(String query) {
        return data(query, Map.of());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("HTTP request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
