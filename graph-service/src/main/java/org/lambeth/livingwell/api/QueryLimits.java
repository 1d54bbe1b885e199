package org.lambeth.livingwell.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the cost of one GraphQL operation, checked before it runs.
 *
 * @param maxDepth how deeply fields may nest
 * @param maxComplexity the most a query may cost: each field costs 1, and a field with a page size ({@code first}
 *        or {@code n}) costs 1 plus that size times the cost of what it selects
 */
@ConfigurationProperties("livingwell.graphql")
public record QueryLimits(@DefaultValue("12") int maxDepth, @DefaultValue("25000") int maxComplexity) {
}
