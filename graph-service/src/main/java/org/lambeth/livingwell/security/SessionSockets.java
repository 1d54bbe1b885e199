package org.lambeth.livingwell.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import org.lambeth.livingwell.live.LiveSockets;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Closes the live sockets opened in an HTTP session once their viewer, the session's sign-in, no longer holds: when
 * the session ends (sign-out, time-out), HTTP in it is PUBLIC from then on, and when its id changes (someone signed in
 * again in it). Sessions live in one instance's memory, so the sockets opened in one are on that same instance.
 * A configured user's role changes only with the configuration, on a restart, which ends every session.
 * <p>
 * Tomcat closes a socket whose authenticated session ended too, with 1008 (policy violation), in an order among the
 * session listeners that nothing here sets: a sign-out closes them before it invalidates the session
 * ({@link #signingOut}), so that the client reads 4401, as for a revoked key. After a time-out it may read either.
 */
@Component
class SessionSockets implements HttpSessionListener, HttpSessionIdListener {

    static final CloseStatus SESSION_ENDED = new CloseStatus(4401, "Unauthorized: the session ended");
    static final CloseStatus SIGNED_IN_AGAIN = new CloseStatus(4401, "Unauthorized: signed in again in this session");

    private final LiveSockets sockets;

    SessionSockets(LiveSockets sockets) {
        this.sockets = sockets;
    }

    /** Before a sign-out invalidates the session: its sockets close with 4401 ahead of the container's own closing. */
    void signingOut(String sessionId) {
        sockets.closeOpenedInSession(sessionId, SESSION_ENDED);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sockets.closeOpenedInSession(event.getSession().getId(), SESSION_ENDED);
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sockets.closeOpenedInSession(oldSessionId, SIGNED_IN_AGAIN);
    }
}
