package org.lambeth.livingwell.api;

import java.util.Locale;

import org.springframework.core.Ordered;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLSchema;

/**
 * Refuses an operation whose static cost ({@link CostModel}) is over {@link QueryLimits#maxComplexity} before any
 * of it runs, with an error naming the limit, the cost and the limit; keeps the cost in the GraphQL context
 * ({@link #KEY}) for the per-client limit on expensive operations ({@link RequestGuard}).
 */
final class QueryCost extends SimplePerformantInstrumentation implements Ordered {

    /** The GraphQL context key of the operation's cost (a Long). */
    static final String KEY = "livingwell.cost";

    private final long maxCost;
    private volatile CostModel model;

    QueryCost(QueryLimits limits) {
        this.maxCost = limits.maxComplexity();
    }

    /** Before {@link RequestGuard}, which reads the cost. */
    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        long cost = model(context.getGraphQLSchema()).cost(context.getNormalizedQueryTree().get());
        context.getGraphQLContext().put(KEY, cost);
        if (cost > maxCost) {
            throw new QueryCostInstrumentation.LimitAbort("maxComplexity", String.format(Locale.UK,
                    "The query would cost %,d; the limit is %,d. Each field in the answer costs 1 (each alias "
                            + "too), a list its length times what each item selects (a page its size, "
                            + "localities(kind: LSOA) all %,d LSOAs), and a GeoJSON value 1 for every %d bytes it "
                            + "typically holds (an LSOA boundary %,d): ask for fewer fields or smaller pages, or "
                            + "download boundaries from /api/exports/localities.geojson.",
                    cost, maxCost, FieldCosts.Localities.LSOA.count, FieldCosts.BYTES_PER_POINT,
                    FieldCosts.points(FieldCosts.Localities.LSOA.boundaryBytes)), cost, maxCost);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The model for this schema, built once (the schema does not change while the service runs). */
    private CostModel model(GraphQLSchema schema) {
        var current = model;
        if (current == null || current.schema() != schema) {
            current = new CostModel(schema);
            model = current;
        }
        return current;
    }
}
