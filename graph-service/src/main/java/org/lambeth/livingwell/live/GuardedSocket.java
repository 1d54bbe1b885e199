package org.lambeth.livingwell.live;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.lambeth.livingwell.api.RedactedThrowable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * An open live socket as the GraphQL handler uses it: before each message it sends, a socket opened with a revocable
 * credential checks it (so whatever the message holds, read before the check, goes only to a socket whose
 * credential held after it was read); once refused, it sends nothing more and is closed with the refusal's status.
 */
final class GuardedSocket extends WebSocketSessionDecorator {

    private static final Logger log = LoggerFactory.getLogger(GuardedSocket.class);
    /** When the credential could not be checked (the store unreachable): closed, the client reconnects. */
    static final CloseStatus CHECK_FAILED = new CloseStatus(1011, "The credential could not be checked: reconnect");

    private final SocketCredentials credentials;
    private final boolean revocable;
    private final String httpSessionId;
    private volatile CloseStatus refusal;

    GuardedSocket(WebSocketSession socket, SocketCredentials credentials, String httpSessionId) {
        super(socket);
        this.credentials = credentials;
        this.revocable = credentials.revocable(socket.getPrincipal());
        this.httpSessionId = httpSessionId;
    }

    /** Whether its credential can be lost (anonymous sockets and signed-in sessions' are not checked by polling). */
    boolean revocable() {
        return revocable;
    }

    /** The HTTP session it was opened in, or null (an API key, a bearer token or anonymous, without a session). */
    String httpSessionId() {
        return httpSessionId;
    }

    boolean refused() {
        return refusal != null;
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) throws IOException {
        if (refusal == null && revocable) {
            checkBeforeSending();
        }
        if (refusal != null) {
            return; // closed, or closing: nothing more goes out
        }
        super.sendMessage(message);
    }

    private void checkBeforeSending() {
        Optional<CloseStatus> found;
        try {
            var principal = getPrincipal();
            found = credentials.check(List.of(principal)).apply(principal);
        } catch (RuntimeException e) {
            log.warn("Checking a live socket's credential failed: closing it", RedactedThrowable.of(e));
            found = Optional.of(CHECK_FAILED);
        }
        found.ifPresent(status -> {
            if (markRefused(status)) {
                log.info("Closing a live socket instead of sending to it: {} {}", status.getCode(), status.getReason());
                closeNow();
            }
        });
    }

    /** Refuses it: nothing more is sent. False when it was refused already (the first refusal's status holds). */
    synchronized boolean markRefused(CloseStatus status) {
        if (refusal != null) {
            return false;
        }
        refusal = status;
        return true;
    }

    /** Closes it with its refusal's status (blocks while a message is being written to it). */
    void closeNow() {
        try {
            getDelegate().close(refusal);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing a refused live socket failed (it may be closed already)", RedactedThrowable.of(e));
        }
    }
}
