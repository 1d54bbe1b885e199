package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Viewer;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Copies the request's {@link Viewer} into the GraphQL context, where field access and the resolvers read it. Over
 * WebSocket the viewer is the one who opened the socket: the handshake went through the security chain like any
 * request (session cookie, API key or bearer token), and its authentication is the socket's principal. The socket
 * is closed once that credential no longer holds ({@link SocketCredentialCheck}, {@link SessionSockets}).
 */
@Component
class ViewerGraphQlInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest socket) {
            return socket.getSessionInfo().getPrincipal().map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(principal -> next(request, chain, fromSocket(principal, request)));
        }
        var viewer = request.getAttributes().get(Viewer.KEY) instanceof Viewer v ? v
                : Viewer.anonymous(remoteAddress(request));
        return next(request, chain, viewer);
    }

    private static Viewer fromSocket(Optional<Principal> principal, WebGraphQlRequest request) {
        return principal.filter(Authentication.class::isInstance).map(Authentication.class::cast)
                .map(authentication -> Viewers.of(authentication, remoteAddress(request)))
                .orElseGet(() -> Viewer.anonymous(remoteAddress(request)));
    }

    private static Mono<WebGraphQlResponse> next(WebGraphQlRequest request, Chain chain, Viewer viewer) {
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Viewer.KEY, viewer)).build());
        return chain.next(request);
    }

    private static String remoteAddress(WebGraphQlRequest request) {
        return request.getRemoteAddress() == null ? "unknown"
                : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
