package org.lambeth.livingwell.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on one GraphQL operation: its depth, cost and top-level fields, checked before it runs; its answer's size
 * and its time, checked while it runs; and how many expensive operations one client may run at once.
 *
 * @param maxDepth how deeply fields may nest
 * @param maxComplexity the most an operation may cost ({@link CostModel}): each field in the answer costs 1 (each
 *        alias too), a list its expected length times what each item selects, a GeoJSON value 1 for every 50 bytes
 *        it typically holds, and analyses the work they do
 * @param maxRootFields how many top-level fields (aliases included) one operation may ask for: each is at least one
 *        database query, so a thousand aliases of a cheap field cannot turn one request into a thousand queries
 * @param maxResponseSize the largest answer an operation may build (counted as its fields complete); over it, the
 *        operation is stopped and answers only an error naming the limit
 * @param timeLimit how long a query may run (mutations and subscriptions excepted: a write that has begun is not cut
 *        short, and a subscription lasts as long as its client wants): checked between fields, the query is stopped
 *        when it is over
 * @param expensiveCost an operation costing at least this is expensive
 * @param maxExpensivePerClient how many expensive operations one client (API key, user, or address) may have running
 *        at once; one more is refused at once, so one client's heavy requests cannot hold the service for everyone
 */
@ConfigurationProperties("livingwell.graphql")
public record QueryLimits(@DefaultValue("12") int maxDepth, @DefaultValue("50000") int maxComplexity,
        @DefaultValue("10") int maxRootFields, @DefaultValue("16MB") DataSize maxResponseSize,
        @DefaultValue("60s") Duration timeLimit, @DefaultValue("20000") int expensiveCost,
        @DefaultValue("2") int maxExpensivePerClient) {
}
