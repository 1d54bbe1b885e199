package org.lambeth.livingwell.ops;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 503 answered outside GraphQL, in the shape GraphQL errors have (as every error this service answers before
 * GraphQL): {@code {"errors":[{"message":..., "extensions":{"classification":..., "retry": true}}]}}, with
 * {@code Retry-After}. Only fixed texts go in: nothing of the request.
 */
final class OpsErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpsErrors() {
    }

    static void unavailable(HttpServletResponse response, String classification, String message, Duration retryAfter)
            throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var body = Map.of("errors", List.of(Map.of("message", message, "extensions",
                Map.of("classification", classification, "retry", true))));
        response.getWriter().write(JSON.writeValueAsString(body));
        response.flushBuffer();
    }
}
