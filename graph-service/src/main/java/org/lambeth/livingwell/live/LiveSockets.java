package org.lambeth.livingwell.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.lambeth.livingwell.api.RedactedThrowable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * This instance's open live sockets, none outliving the credential it was opened with. Every socket opened with a
 * revocable credential (an API key, a bearer token) is checked before each message it sends, and all of them every
 * check interval (the feed's poll interval by default), in one read of the store: a key revoked through any instance
 * sharing the database closes its sockets here within that interval, and nothing read after the revocation reaches
 * them. A signed-in session's sockets close when the session ends ({@link #closeOpenedInSession}).
 */
@Component
@EnableConfigurationProperties(LiveProperties.class)
public class LiveSockets implements DisposableBean, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveSockets.class);
    /** When this instance stops: the client reconnects, to another instance or to this one once it is back. */
    static final CloseStatus RESTARTING = CloseStatus.SERVICE_RESTARTED.withReason("server restarting: reconnect");
    /** How long stopping waits for the sockets' close frames to go out. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final SocketCredentials credentials;
    private final LiveProperties properties;
    private final Map<String, GuardedSocket> open = new ConcurrentHashMap<>();
    private volatile boolean running;
    /** Set when this instance begins to stop: a socket still opening is told to reconnect at once. */
    private volatile boolean stopping;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-socket-check").daemon().factory());

    LiveSockets(SocketCredentials credentials, LiveProperties properties) {
        this.credentials = credentials;
        this.properties = properties;
        long every = properties.socketCheckInterval().toMillis();
        checker.scheduleWithFixedDelay(this::checkAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** Keeps a socket that has just opened; returns it as the handler must use it (each message checked first). */
    WebSocketSession opened(WebSocketSession session) {
        var httpSession = session.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
        var socket = new GuardedSocket(session, credentials, httpSession instanceof String id ? id : null);
        open.put(session.getId(), socket);
        if (stopping && socket.markRefused(RESTARTING)) {
            socket.closeNow(); // opened while the instance stops: told at once, as the others were
        }
        return socket;
    }

    /** The socket as {@link #opened} returned it; the session itself once it is closed and forgotten. */
    WebSocketSession guarded(WebSocketSession session) {
        var socket = open.get(session.getId());
        return socket == null ? session : socket;
    }

    void closed(WebSocketSession session) {
        open.remove(session.getId());
    }

    /**
     * Closes, with this status, the sockets opened in this HTTP session (it ended: signed out or timed out), on the
     * caller's thread: they are closed when this returns.
     */
    public void closeOpenedInSession(String httpSessionId, CloseStatus status) {
        var ended = open.values().stream().filter(socket -> httpSessionId.equals(socket.httpSessionId())).toList();
        refuse(ended, status, false);
    }

    /** Every check interval: the revocable sockets' credentials, read in one go; the refused ones closed. */
    private void checkAll() {
        try {
            var watched = open.values().stream().filter(GuardedSocket::revocable)
                    .filter(socket -> !socket.refused()).toList();
            if (watched.isEmpty()) {
                return;
            }
            var verdicts = credentials.check(watched.stream().map(GuardedSocket::getPrincipal).toList());
            for (var socket : watched) {
                verdicts.apply(socket.getPrincipal()).ifPresent(status -> refuse(List.of(socket), status, true));
            }
        } catch (RuntimeException e) {
            // each socket still checks before it sends anything, so a failed round exposes nothing
            log.warn("Checking the live sockets' credentials failed; trying again in {}",
                    properties.socketCheckInterval(), RedactedThrowable.of(e));
        }
    }

    /**
     * Refuses these sockets at once (nothing more is sent on them), then closes them: here, or each on a thread of its
     * own (apart), so that one whose client reads slowly holds up no other.
     */
    private void refuse(List<GuardedSocket> sockets, CloseStatus status, boolean apart) {
        int refused = 0;
        for (var socket : sockets) {
            if (socket.markRefused(status)) {
                refused++;
                if (apart) {
                    Thread.ofVirtual().name("live-socket-close").start(socket::closeNow);
                } else {
                    socket.closeNow();
                }
            }
        }
        if (refused > 0) {
            log.info("Closing {} live socket(s): {} {}", refused, status.getCode(), status.getReason());
        }
    }

    @Override
    public void start() {
        stopping = false;
        running = true;
    }

    /** Only a real stop closes the sockets: a test context paused between test classes keeps them. */
    @Override
    public boolean isPauseable() {
        return false;
    }

    /**
     * Before the web server stops (and after the shutdown gate refuses new handshakes): every open socket is closed
     * with 1012 (service restart) so that its client reconnects at once rather than waiting on a dead connection.
     * Each is closed on a thread of its own, so a slow reader holds up no other; this waits a few seconds at most.
     */
    @Override
    public void stop() {
        stopping = true;
        running = false;
        var closing = new ArrayList<Thread>();
        for (var socket : open.values()) {
            if (socket.markRefused(RESTARTING)) {
                closing.add(Thread.ofVirtual().name("live-socket-close").start(socket::closeNow));
            }
        }
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        try {
            for (var thread : closing) {
                thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!closing.isEmpty()) {
            log.info("Stopping: closed {} live socket(s) with {} {}", closing.size(), RESTARTING.getCode(),
                    RESTARTING.getReason());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the shutdown gate (which refuses new handshakes), before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
