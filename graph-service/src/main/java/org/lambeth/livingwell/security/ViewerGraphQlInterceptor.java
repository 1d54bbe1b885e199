package org.lambeth.livingwell.security;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Copies the request's {@link Viewer} into the GraphQL context, where field access and the resolvers read it. */
@Component
class ViewerGraphQlInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var viewer = request.getAttributes().get(Viewer.KEY) instanceof Viewer v ? v
                : Viewer.anonymous(request.getRemoteAddress() == null ? "unknown"
                        : request.getRemoteAddress().getAddress().getHostAddress());
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Viewer.KEY, viewer)).build());
        return chain.next(request);
    }
}
