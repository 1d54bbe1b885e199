package org.lambeth.livingwell.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/**
 * The limits checked before an operation runs: graphql-java's depth check and the cost model ({@link QueryCost}),
 * with errors that name the limit (extensions.limit, max and actual).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.class)
class QueryCostInstrumentation {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return new LimitAbort("maxDepth", "The query nests " + depth + " levels deep; the limit is "
                        + maxDepth + ".", depth, maxDepth);
            }
        };
    }

    @Bean
    QueryCost queryCost(QueryLimits limits) {
        return new QueryCost(limits);
    }

    /** An operation refused before it ran, or stopped while it ran, naming the limit. */
    static final class LimitAbort extends AbortExecutionException {

        private final Map<String, Object> extensions = new LinkedHashMap<>();

        LimitAbort(String limit, String message, long actual, long max) {
            this("BAD_REQUEST", limit, message, actual, max);
        }

        /** @param classification BAD_REQUEST for the request's own size, TOO_MANY_REQUESTS when it may retry */
        LimitAbort(String classification, String limit, String message, long actual, long max) {
            super(message);
            extensions.put("classification", classification);
            extensions.put("limit", limit);
            extensions.put("max", max);
            extensions.put("actual", actual);
        }

        /** Adds an extension (a unit, whether to retry) to the error. */
        LimitAbort with(String key, Object value) {
            extensions.put(key, value);
            return this;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }
    }
}
