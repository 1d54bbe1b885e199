package org.lambeth.livingwell.live;

import java.security.Principal;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.web.socket.CloseStatus;

/**
 * Whether the credentials the live sockets were opened with still hold. A socket's viewer is fixed at its handshake,
 * so a socket must not outlive its credential: {@link LiveSockets} asks this before every message a socket sends and,
 * for all its open sockets, every check interval. Answered where the credentials are kept (the security package).
 */
public interface SocketCredentials {

    /** Whether sockets opened by this principal (null: anonymous) can lose their credential, and so need checking. */
    boolean revocable(Principal principal);

    /**
     * Reads how these principals' credentials stand now (the store at most once, whatever their number) and answers
     * for each of them: empty while it holds, else the status to close its sockets with (4401 when the credential
     * itself is no longer valid, as HTTP answers 401 to it).
     */
    Function<Principal, Optional<CloseStatus>> check(Collection<Principal> principals);
}
