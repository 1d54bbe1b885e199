package org.lambeth.livingwell.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error answered before a request reaches GraphQL (authentication, rate and size limits), in the shape GraphQL
 * errors have: {@code {"errors":[{"message":..., "extensions":{"classification":..., ...}}]}}.
 */
final class FilterErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FilterErrors() {
    }

    static void write(HttpServletResponse response, int status, String classification, String message,
            Map<String, Object> details) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body(classification, message, details)));
    }

    /** The error body itself, for a controller that answers with it. */
    static Map<String, Object> body(String classification, String message, Map<String, Object> details) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("classification", classification);
        extensions.putAll(details);
        return Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
    }
}
