package org.lambeth.livingwell.live;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import reactor.core.publisher.Mono;

/**
 * The WebSocket carries subscriptions only. Queries and mutations go over HTTP, where the body-size filter and the
 * per-client rate limit count each one; over the socket they would pass both. Anything else sent on the socket is
 * refused with a BAD_REQUEST error saying where to send it.
 */
@Component
class SocketOperations implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest) || isSubscription(request)) {
            return chain.next(request);
        }
        var error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                .message("Only subscriptions are served over the WebSocket: send queries and mutations to /graphql "
                        + "over HTTP").build();
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
    }

    /** Whether the operation to run (the named one, or the only one) is a subscription. Unparseable: let it fail. */
    private static boolean isSubscription(WebGraphQlRequest request) {
        try {
            var operations = Parser.parse(request.getDocument()).getDefinitionsOfType(OperationDefinition.class);
            var name = request.getOperationName();
            return operations.stream().filter(op -> name == null || name.equals(op.getName())).findFirst()
                    .map(op -> op.getOperation() == OperationDefinition.Operation.SUBSCRIPTION).orElse(true);
        } catch (InvalidSyntaxException e) {
            return true;
        }
    }
}
