package org.lambeth.livingwell.api;

import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.AbortExecutionException;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import org.springframework.stereotype.Component;

import graphql.ExecutionResult;

/** Refuses an operation with more top-level fields (aliases and fragments counted) than {@link QueryLimits#maxRootFields}. */
@Component
class RootFieldLimit extends SimplePerformantInstrumentation {

    private final int maxRootFields;

    RootFieldLimit(QueryLimits limits) {
        this.maxRootFields = limits.maxRootFields();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        var count = count(context.getOperationDefinition().getSelectionSet(), context, 0);
        if (count > maxRootFields) {
            throw limit(count);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private int count(SelectionSet selections, ExecutionContext context, int depth) {
        if (selections == null || depth > 10) {
            return 0;
        }
        int count = 0;
        for (var selection : selections.getSelections()) {
            if (selection instanceof Field) {
                count++;
            } else if (selection instanceof InlineFragment inline) {
                count += count(inline.getSelectionSet(), context, depth + 1);
            } else if (selection instanceof FragmentSpread spread && context.getFragment(spread.getName()) != null) {
                count += count(context.getFragment(spread.getName()).getSelectionSet(), context, depth + 1);
            }
            if (count > maxRootFields) {
                return count;
            }
        }
        return count;
    }

    private AbortExecutionException limit(int count) {
        return new QueryCostInstrumentation.LimitAbort("maxRootFields", "The operation asks for " + count
                + " or more top-level fields; the limit is " + maxRootFields + ": send several requests instead.",
                count, maxRootFields);
    }
}
