package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Viewer;

import org.lambeth.livingwell.viewer.Role;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.lambeth.livingwell.api.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Enforces {@code @auth(requires: ROLE)} from the schema: a field fetched by a viewer below its role fails with
 * FORBIDDEN and never runs. {@link #undeclared} lists the Query, Mutation and Subscription fields that declare no
 * role; the service refuses to start while there are any (deny by default: a new field must say who may use it).
 */
@Component
public class FieldAccess extends SimplePerformantInstrumentation {

    public static final String DIRECTIVE = "auth";

    private final Map<GraphQLFieldDefinition, Optional<Role>> required = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        var field = parameters.getEnvironment().getFieldDefinition();
        var role = required.computeIfAbsent(field, FieldAccess::requiredRole);
        if (role.isEmpty()) {
            return dataFetcher;
        }
        return env -> {
            var viewer = Viewer.of(env);
            if (!viewer.may(role.get())) {
                throw new ForbiddenException(field.getName() + " needs the role " + role.get()
                        + " or above; this request has " + viewer.role());
            }
            return dataFetcher.get(env);
        };
    }

    /** The role a field declares, if any. */
    public static Optional<Role> requiredRole(GraphQLFieldDefinition field) {
        var directive = field.getAppliedDirective(DIRECTIVE);
        if (directive == null) {
            return Optional.empty();
        }
        Object value = directive.getArgument("requires").getValue();
        return Role.parse(String.valueOf(value));
    }

    /** "Type.field" for each root field of the schema without a role. */
    public static java.util.List<String> undeclared(GraphQLSchema schema) {
        var missing = new ArrayList<String>();
        for (GraphQLObjectType root : new GraphQLObjectType[] {schema.getQueryType(), schema.getMutationType(),
                schema.getSubscriptionType()}) {
            if (root == null) {
                continue;
            }
            for (var field : root.getFieldDefinitions()) {
                if (requiredRole(field).isEmpty()) {
                    missing.add(root.getName() + "." + field.getName());
                }
            }
        }
        return missing;
    }
}
