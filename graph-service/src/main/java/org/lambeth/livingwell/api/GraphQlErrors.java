package org.lambeth.livingwell.api;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.lambeth.livingwell.store.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors: a bad argument names the argument; anything unexpected is logged (its classes
 * and stack trace only: neither arguments nor exception messages, which may hold personal data) and answered with a
 * generic message. A database that cannot be reached is {@code DATABASE_UNAVAILABLE}, and the HTTP answer 503
 * ({@link DatabaseUnavailableStatus}).
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);
    /** The classification of an error because the database could not be reached ({@link DatabaseUnavailable}). */
    static final ErrorClassification DATABASE_UNAVAILABLE = ErrorClassification.errorClassification(
            DatabaseUnavailable.CODE);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidArgumentException invalid) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(invalid.getMessage())
                    .extensions(Map.of("argument", invalid.argument()))
                    .build();
        }
        if (ex instanceof LimitExceededException limit) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(limit.getMessage())
                    .extensions(Map.of("limit", limit.limit()))
                    .build();
        }
        if (DatabaseUnavailable.causedBy(ex)) {
            // the database cannot be reached (stopped, restarting, the network): the whole answer is 503
            log.warn("Database unavailable in {} ({})", env.getExecutionStepInfo().getPath(), ex.getClass().getName());
            return GraphqlErrorBuilder.newError(env)
                    .errorType(DATABASE_UNAVAILABLE)
                    .message(DatabaseUnavailable.MESSAGE)
                    .extensions(Map.of("retry", true))
                    .build();
        }
        if (ex instanceof TransientDataAccessException) {
            // the database refused for now (its memory or time limit for transactions, a lock): the client may retry
            log.warn("Database limit reached in {} ({})", env.getExecutionStepInfo().getPath(), ex.getClass().getName());
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorClassification.errorClassification("SERVICE_UNAVAILABLE"))
                    .message("The database could not serve this now (it is at its limit for concurrent work); try "
                            + "again in a moment, or narrow the search")
                    .extensions(Map.of("limit", "databaseResources", "retry", true))
                    .build();
        }
        if (ex instanceof ForbiddenException forbidden) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(forbidden.getMessage())
                    .build();
        }
        // never ex itself: its message (or a cause's) may quote values, and values may be people's data
        log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), RedactedThrowable.of(ex));
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error while resolving " + env.getExecutionStepInfo().getPath())
                .build();
    }
}
