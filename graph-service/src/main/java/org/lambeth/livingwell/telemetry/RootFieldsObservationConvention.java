package org.lambeth.livingwell.telemetry;

import java.util.TreeSet;

import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLObjectType;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * {@code graphql.request} as Spring for GraphQL observes it (operation type, outcome), tagged as well with what the
 * operation asks for: {@code graphql.root.fields}, its distinct top-level fields in name order
 * ({@code assetClusters,assetFacets}). Only names the schema declares, so the values are few and never the client's
 * text (operation names are, so they stay out of the metrics): "none" when the operation did not get as far as
 * running, "several" past four fields.
 */
final class RootFieldsObservationConvention extends DefaultExecutionRequestObservationConvention {

    static final String ROOT_FIELDS = "graphql.root.fields";
    private static final int MOST_NAMED = 4;

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and(KeyValue.of(ROOT_FIELDS, rootFields(context)));
    }

    static String rootFields(ExecutionRequestObservationContext context) {
        ExecutionContext execution = context.getExecutionContext();
        if (execution == null || execution.getOperationDefinition() == null) {
            return "none";
        }
        var operation = execution.getOperationDefinition();
        var schema = execution.getGraphQLSchema();
        var root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        var names = new TreeSet<String>();
        collect(operation, operation.getSelectionSet(), root, names, 0);
        if (names.isEmpty()) {
            return "none";
        }
        return names.size() > MOST_NAMED ? "several" : String.join(",", names);
    }

    private static void collect(OperationDefinition operation, SelectionSet selections, GraphQLObjectType root,
            TreeSet<String> names, int depth) {
        if (selections == null || root == null || depth > 3) {
            return;
        }
        for (var selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                var name = field.getName();
                if (root.getFieldDefinition(name) != null || name.equals("__schema") || name.equals("__type")
                        || name.equals("__typename")) {
                    names.add(name);
                }
            } else if (selection instanceof InlineFragment inline) {
                collect(operation, inline.getSelectionSet(), root, names, depth + 1);
            }
        }
    }
}
