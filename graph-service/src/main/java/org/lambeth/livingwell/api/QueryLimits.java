package org.lambeth.livingwell.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the cost of one GraphQL operation, checked before it runs.
 *
 * @param maxDepth how deeply fields may nest
 * @param maxComplexity the most a query may cost: each field costs 1, and a field with a page size ({@code first}
 *        or {@code n}) costs 1 plus that size times the cost of what it selects
 * @param maxRootFields how many top-level fields (aliases included) one operation may ask for: each is at least one
 *        database query, so a thousand aliases of a cheap field cannot turn one request into a thousand queries
 */
@ConfigurationProperties("livingwell.graphql")
public record QueryLimits(@DefaultValue("12") int maxDepth, @DefaultValue("25000") int maxComplexity,
        @DefaultValue("10") int maxRootFields) {
}
