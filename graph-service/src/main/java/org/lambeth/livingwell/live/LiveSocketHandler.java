package org.lambeth.livingwell.live;

import java.time.Duration;
import java.util.ArrayList;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Spring for GraphQL's graphql-ws handler, with each socket kept in {@link LiveSockets} from its opening to its
 * closing and every message it sends going through its {@link GuardedSocket}. The handshake records the HTTP session's
 * id (only the id: no attribute of the session is copied), so the sockets opened in a session close when it ends.
 */
class LiveSocketHandler extends GraphQlWebSocketHandler {

    private final LiveSockets sockets;

    LiveSocketHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<Object> converter,
            Duration connectionInitTimeout, Duration keepAlive, CorsConfiguration cors, LiveSockets sockets) {
        super(graphQlHandler, converter, connectionInitTimeout, keepAlive,
                cors == null ? new CorsConfiguration() : cors);
        this.sockets = sockets;
    }

    @Override
    public WebSocketHttpRequestHandler initWebSocketHttpRequestHandler(HandshakeHandler handshakeHandler) {
        var handler = super.initWebSocketHttpRequestHandler(handshakeHandler);
        var sessionId = new HttpSessionHandshakeInterceptor();
        sessionId.setCopyAllAttributes(false);
        sessionId.setCopyHttpSessionId(true);
        sessionId.setCreateSession(false);
        var interceptors = new ArrayList<>(handler.getHandshakeInterceptors());
        interceptors.add(sessionId);
        handler.setHandshakeInterceptors(interceptors);
        return handler;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        super.afterConnectionEstablished(sockets.opened(session));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        super.handleTextMessage(sockets.guarded(session), message);
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) throws Exception {
        sockets.closed(session);
        super.handleTransportError(session, exception);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
        sockets.closed(session);
        super.afterConnectionClosed(session, closeStatus);
    }
}
