package org.lambeth.livingwell.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * The guard on each live socket, without Spring or a network: a socket opened with a revocable credential checks it
 * before every message and sends nothing once refused (nor when the check itself fails); the periodic round reads the
 * credentials of all open sockets at once; a session's end closes only the sockets opened in it.
 */
class LiveSocketsTests {

    private static final Principal KEY = () -> "key";
    private static final Principal OTHER_KEY = () -> "other key";
    private static final CloseStatus REVOKED = new CloseStatus(4401, "revoked");

    private final Credentials credentials = new Credentials();
    private LiveSockets sockets;

    @AfterEach
    void stop() {
        if (sockets != null) {
            sockets.destroy();
        }
    }

    @Test
    void aSocketWhoseCredentialHoldsSendsAndOneWhoseCredentialIsRefusedSendsNothingAndCloses() throws Exception {
        var live = liveSockets(Duration.ofHours(1));
        var session = new FakeSession("1", KEY, null);
        var socket = live.opened(session);

        socket.sendMessage(new TextMessage("before"));
        credentials.refuse(KEY);
        socket.sendMessage(new TextMessage("after"));
        socket.sendMessage(new TextMessage("and after"));

        assertThat(session.sent).containsExactly("before");
        assertThat(session.closedWith).containsExactly(REVOKED);
        assertThat(credentials.checks.get()).isEqualTo(2);
    }

    @Test
    void anAnonymousSocketIsNeverChecked() throws Exception {
        var live = liveSockets(Duration.ofMillis(20));
        var session = new FakeSession("1", null, null);
        live.opened(session).sendMessage(new TextMessage("hello"));
        Thread.sleep(200);
        assertThat(session.sent).containsExactly("hello");
        assertThat(credentials.checks.get()).isZero();
    }

    @Test
    void aCheckThatFailsClosesTheSocketRatherThanSendWithoutIt() throws Exception {
        var live = liveSockets(Duration.ofHours(1));
        var session = new FakeSession("1", KEY, null);
        credentials.failing = true;
        live.opened(session).sendMessage(new TextMessage("unchecked"));
        assertThat(session.sent).isEmpty();
        assertThat(session.closedWith).containsExactly(GuardedSocket.CHECK_FAILED);
    }

    @Test
    void theRoundChecksEveryOpenSocketInOneReadAndClosesOnlyTheRefused() throws Exception {
        var live = liveSockets(Duration.ofMillis(50));
        var refused = new FakeSession("1", KEY, null);
        var kept = new FakeSession("2", OTHER_KEY, null);
        live.opened(refused);
        live.opened(kept);
        credentials.refuse(KEY);

        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (refused.closedWith.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(refused.closedWith).containsExactly(REVOKED);
        assertThat(kept.closedWith).isEmpty();
        assertThat(credentials.largestRound).isEqualTo(2);
        live.guarded(refused).sendMessage(new TextMessage("after"));
        assertThat(refused.sent).isEmpty();
    }

    @Test
    void aSessionsEndClosesTheSocketsOpenedInItAndNoOther() throws Exception {
        var live = liveSockets(Duration.ofHours(1));
        var inIt = new FakeSession("1", KEY, "session-a");
        var alsoInIt = new FakeSession("2", null, "session-a");
        var elsewhere = new FakeSession("3", KEY, "session-b");
        for (var session : List.of(inIt, alsoInIt, elsewhere)) {
            live.opened(session);
        }
        var ended = new CloseStatus(4401, "session ended");
        live.closeOpenedInSession("session-a", ended);

        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while ((inIt.closedWith.isEmpty() || alsoInIt.closedWith.isEmpty()) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(inIt.closedWith).containsExactly(ended);
        assertThat(alsoInIt.closedWith).containsExactly(ended);
        assertThat(elsewhere.closedWith).isEmpty();
        live.guarded(elsewhere).sendMessage(new TextMessage("still open"));
        assertThat(elsewhere.sent).containsExactly("still open");
    }

    @Test
    void stoppingClosesEverySocketWith1012SoItsClientReconnectsAndSendsNothingMore() throws Exception {
        var live = liveSockets(Duration.ofHours(1));
        live.start();
        var anonymous = new FakeSession("1", null, null);
        var withKey = new FakeSession("2", KEY, null);
        var socket = live.opened(anonymous);
        live.opened(withKey);

        live.stop();

        var restarting = new CloseStatus(1012, "server restarting: reconnect");
        assertThat(anonymous.closedWith).containsExactly(restarting);
        assertThat(withKey.closedWith).containsExactly(restarting);
        assertThat(live.isRunning()).isFalse();
        socket.sendMessage(new TextMessage("after the stop"));
        assertThat(anonymous.sent).isEmpty();

        var late = new FakeSession("3", null, null);
        live.opened(late);
        assertThat(late.closedWith).as("a socket opening while the instance stops").containsExactly(restarting);
    }

    private LiveSockets liveSockets(Duration checkInterval) {
        sockets = new LiveSockets(credentials, new LiveProperties(null, null, checkInterval));
        return sockets;
    }

    /** Every principal but null is revocable; the refused ones get REVOKED. */
    private static final class Credentials implements SocketCredentials {
        final List<Principal> refused = new CopyOnWriteArrayList<>();
        final AtomicInteger checks = new AtomicInteger();
        volatile int largestRound;
        volatile boolean failing;

        void refuse(Principal principal) {
            refused.add(principal);
        }

        @Override
        public boolean revocable(Principal principal) {
            return principal != null;
        }

        @Override
        public Function<Principal, Optional<CloseStatus>> check(Collection<Principal> principals) {
            if (failing) {
                throw new IllegalStateException("the store is unreachable");
            }
            checks.incrementAndGet();
            largestRound = Math.max(largestRound, principals.size());
            var now = List.copyOf(refused);
            return principal -> now.contains(principal) ? Optional.of(REVOKED) : Optional.empty();
        }
    }

    /** A WebSocket session that records what is sent on it and how it was closed. */
    private static final class FakeSession implements WebSocketSession {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<CloseStatus> closedWith = new CopyOnWriteArrayList<>();
        private final String id;
        private final Principal principal;
        private final Map<String, Object> attributes = new HashMap<>();

        FakeSession(String id, Principal principal, String httpSessionId) {
            this.id = id;
            this.principal = principal;
            if (httpSessionId != null) {
                attributes.put(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME, httpSessionId);
            }
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public URI getUri() {
            return URI.create("ws://127.0.0.1/graphql/ws");
        }

        @Override
        public HttpHeaders getHandshakeHeaders() {
            return new HttpHeaders();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return attributes;
        }

        @Override
        public Principal getPrincipal() {
            return principal;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return null;
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return null;
        }

        @Override
        public String getAcceptedProtocol() {
            return "graphql-transport-ws";
        }

        @Override
        public void setTextMessageSizeLimit(int messageSizeLimit) {
        }

        @Override
        public int getTextMessageSizeLimit() {
            return 0;
        }

        @Override
        public void setBinaryMessageSizeLimit(int messageSizeLimit) {
        }

        @Override
        public int getBinaryMessageSizeLimit() {
            return 0;
        }

        @Override
        public List<WebSocketExtension> getExtensions() {
            return new ArrayList<>();
        }

        @Override
        public void sendMessage(WebSocketMessage<?> message) {
            sent.add(String.valueOf(message.getPayload()));
        }

        @Override
        public boolean isOpen() {
            return closedWith.isEmpty();
        }

        @Override
        public void close() {
            close(CloseStatus.NORMAL);
        }

        @Override
        public void close(CloseStatus status) {
            closedWith.add(status);
        }
    }
}
