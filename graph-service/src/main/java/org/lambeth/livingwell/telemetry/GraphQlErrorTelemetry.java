package org.lambeth.livingwell.telemetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every GraphQL answer's errors, whoever made them (validation, the limits, the resolvers): each is counted in
 * {@code livingwell.graphql.errors} by its classification and the limit it names (never its message or path, which may
 * quote values), and gets the request's id in its extensions ({@code extensions.requestId}, as in the
 * {@code X-Request-Id} header and the log lines). Outermost of the interceptors, so it sees the final answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphQlErrorTelemetry implements WebGraphQlInterceptor {

    static final String ERRORS = "livingwell.graphql.errors";
    private static final Pattern TAG_SAFE = Pattern.compile("[A-Za-z_]{1,40}");

    private final MeterRegistry meters;

    GraphQlErrorTelemetry(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var id = request.getAttributes().get(RequestIds.ATTRIBUTE) instanceof String kept ? kept
                : MDC.get(RequestIds.MDC_KEY);
        return chain.next(request).map(response -> {
            if (response.getExecutionResult().getErrors().isEmpty()) {
                return response;
            }
            var errors = new ArrayList<GraphQLError>();
            for (var error : response.getExecutionResult().getErrors()) {
                count(error);
                errors.add(id == null ? error : new WithRequestId(error, id));
            }
            return response.transform(builder -> builder.errors(errors));
        });
    }

    private void count(GraphQLError error) {
        var extensions = error.toSpecification().get("extensions") instanceof Map<?, ?> map ? map : Map.of();
        Counter.builder(ERRORS).description("GraphQL errors answered, by classification and the limit they name")
                .tag("classification", tagValue(extensions.get("classification")))
                .tag("limit", tagValue(extensions.get("limit")))
                .register(meters).increment();
    }

    /** A name we or graphql-java chose (letters and underscores), else "other"; "none" when absent. */
    static String tagValue(Object value) {
        if (value == null) {
            return "none";
        }
        var text = value.toString();
        return TAG_SAFE.matcher(text).matches() ? text : "other";
    }

    /** The error as it was, with the request id added to its extensions. */
    private record WithRequestId(GraphQLError error, String requestId) implements GraphQLError {

        @Override
        public String getMessage() {
            return error.getMessage();
        }

        @Override
        public List<SourceLocation> getLocations() {
            return error.getLocations();
        }

        @Override
        public ErrorClassification getErrorType() {
            return error.getErrorType();
        }

        @Override
        public List<Object> getPath() {
            return error.getPath();
        }

        @Override
        public Map<String, Object> getExtensions() {
            var extensions = new LinkedHashMap<String, Object>();
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
            }
            extensions.put("requestId", requestId);
            return extensions;
        }

        @Override
        public Map<String, Object> toSpecification() {
            var specification = new LinkedHashMap<>(error.toSpecification());
            var extensions = new LinkedHashMap<String, Object>();
            if (specification.get("extensions") instanceof Map<?, ?> map) {
                map.forEach((key, value) -> extensions.put(String.valueOf(key), value));
            }
            extensions.put("requestId", requestId);
            specification.put("extensions", extensions);
            return specification;
        }
    }
}
