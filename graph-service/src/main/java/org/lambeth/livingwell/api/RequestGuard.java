package org.lambeth.livingwell.api;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLTypeUtil;

/**
 * The limits on an operation while it runs ({@link RequestBudget}): a query stops when its time limit passes
 * (checked before each field is fetched and completed), any operation stops when its answer grows past the
 * response budget (counted as fields complete, before the answer is serialised), and a client may have only so many
 * expensive operations (cost at least {@link QueryLimits#expensiveCost}) running at once; one more is refused at
 * once with TOO_MANY_REQUESTS. A stopped operation answers only the error naming the limit. Subscriptions are
 * exempt: they last as long as their client wants, one small event at a time. Runs after the checks made before
 * execution ({@link QueryCost}, whose cost it reads).
 */
@Component
class RequestGuard extends SimplePerformantInstrumentation implements Ordered {

    private static final DataFetcher<Object> STOPPED = env -> null;

    private final QueryLimits limits;
    private final ExpensiveRequests expensive;

    RequestGuard(QueryLimits limits) {
        this.limits = limits;
        this.expensive = new ExpensiveRequests(limits.maxExpensivePerClient());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new RequestBudget(parameters.getExecutionInput()));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var budget = (RequestBudget) state;
        var context = parameters.getExecutionContext();
        var operation = context.getOperationDefinition().getOperation();
        if (operation == OperationDefinition.Operation.SUBSCRIPTION) {
            return SimpleInstrumentationContext.noOp();
        }
        budget.arm(operation == OperationDefinition.Operation.QUERY ? limits.timeLimit() : null,
                limits.maxResponseSize().toBytes());
        Long cost = context.getGraphQLContext().get(QueryCost.KEY);
        if (cost != null && cost >= limits.expensiveCost()) {
            var client = Viewer.of(context.getGraphQLContext()).clientKey();
            if (!expensive.tryStart(client)) {
                throw new QueryCostInstrumentation.LimitAbort("TOO_MANY_REQUESTS", "maxExpensivePerClient",
                        String.format(Locale.UK, "This client already has %d expensive requests running (this one "
                                + "would cost %,d); the limit is %d at once: wait for them to finish, then retry.",
                                expensive.running(client), cost, expensive.maxPerClient()),
                        expensive.running(client) + 1, expensive.maxPerClient()).with("retry", true);
            }
            budget.onFinish(() -> expensive.finish(client));
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        var budget = (RequestBudget) state;
        // stopped: fetch nothing more; graphql-java sees the cancellation as this field completes and aborts
        return budget.armed() && budget.overTime() ? STOPPED : dataFetcher;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        var budget = (RequestBudget) state;
        if (!budget.armed() || budget.overTime()) {
            return SimpleInstrumentationContext.noOp();
        }
        // "key": and the value's braces or separator
        budget.add(parameters.getExecutionStrategyParameters().getField().getResultKey().length() + 4L);
        var type = GraphQLTypeUtil.unwrapAll(parameters.getField().getType());
        return GraphQLTypeUtil.isLeaf(type) ? budget.leafSize : SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        var budget = (RequestBudget) state;
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> budget.finish());
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        var budget = (RequestBudget) state;
        budget.finish();
        return CompletableFuture.completedFuture(budget.answer(result));
    }
}
