package org.lambeth.livingwell.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/**
 * graphql-java's depth and complexity checks, with errors that name the limit (extensions.limit, max and actual).
 * Lists are priced by their page size, so a page of 500 costs 500 times what each item selects.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.class)
class QueryCostInstrumentation {

    /** Each field 1, plus its children's cost times the page size it asks for. */
    static final FieldComplexityCalculator PAGE_PRICED = (environment, childComplexity) -> {
        var arguments = environment.getArguments();
        long size = 1;
        for (var name : new String[] {"first", "n"}) {
            if (arguments.get(name) instanceof Number number) {
                size = Math.max(1, number.longValue());
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, 1 + size * childComplexity);
    };

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
    MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), PAGE_PRICED) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return new LimitAbort("maxComplexity", "The query would cost " + complexity + "; the limit is "
                        + maxComplexity + " (each field costs 1, and a list costs its page size times what it "
                        + "selects): ask for smaller pages or fewer fields.", complexity, maxComplexity);
            }
        };
    }

    /** A query refused before it ran, naming the limit. */
    static final class LimitAbort extends AbortExecutionException {

        private final Map<String, Object> extensions = new LinkedHashMap<>();

        LimitAbort(String limit, String message, int actual, int max) {
            super(message);
            extensions.put("classification", "BAD_REQUEST");
            extensions.put("limit", limit);
            extensions.put("max", max);
            extensions.put("actual", actual);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }
    }
}
