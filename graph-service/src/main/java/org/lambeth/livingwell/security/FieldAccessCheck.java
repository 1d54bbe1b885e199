package org.lambeth.livingwell.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/** Stops start-up when a Query, Mutation or Subscription field declares no {@code @auth} role. */
@Component
class FieldAccessCheck implements SmartInitializingSingleton {

    private final GraphQlSource graphQl;

    FieldAccessCheck(GraphQlSource graphQl) {
        this.graphQl = graphQl;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var missing = FieldAccess.undeclared(graphQl.schema());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("These GraphQL fields declare no @auth(requires: ...) role: " + missing);
        }
    }
}
