package org.lambeth.livingwell.api;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/**
 * Errors of a subscription's stream (they end it): a bad argument names the argument, as {@link GraphQlErrors} does for
 * queries; anything else is logged redacted and answered with a generic message.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex) {
        if (ex instanceof InvalidArgumentException invalid) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(invalid.getMessage())
                    .extensions(Map.of("argument", invalid.argument())).build();
        }
        log.error("Unexpected failure in a subscription", RedactedThrowable.of(ex));
        return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                .message("The subscription stopped on an internal error; subscribe again with the last position")
                .build();
    }
}
