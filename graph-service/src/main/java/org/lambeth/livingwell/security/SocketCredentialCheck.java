package org.lambeth.livingwell.security;

import java.security.Principal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.lambeth.livingwell.live.SocketCredentials;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * The live sockets' credentials as they stand now. An API key holds while it exists and is not revoked, read from the
 * store, so a revocation through any instance counts at once; a bearer token while HTTP would still take it (its
 * expiry and not-before, with the 60 s clock skew of the decoder's default validator), so someone whose role the
 * identity provider lowered keeps the old role on a socket no longer than on HTTP. Both are refused with 4401, as HTTP
 * answers 401. A signed-in session's sockets are not polled: they close when the session ends ({@link SessionSockets}).
 * Anonymous sockets have nothing to lose.
 */
@Component
class SocketCredentialCheck implements SocketCredentials {

    static final CloseStatus KEY_REVOKED = new CloseStatus(4401, "Unauthorized: the API key was revoked");
    static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4401, "Unauthorized: the bearer token expired");

    private final ApiKeyService keys;
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator();

    SocketCredentialCheck(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public boolean revocable(Principal principal) {
        return principal instanceof ApiKeyAuthentication || principal instanceof JwtAuthenticationToken;
    }

    @Override
    public Function<Principal, Optional<CloseStatus>> check(Collection<Principal> principals) {
        var keyIds = principals.stream().filter(ApiKeyAuthentication.class::isInstance)
                .map(principal -> ((ApiKeyAuthentication) principal).key().id()).distinct().toList();
        Set<String> working = keyIds.isEmpty() ? Set.of() : keys.working(keyIds);
        return principal -> switch (principal) {
            case ApiKeyAuthentication key -> working.contains(key.key().id()) ? Optional.empty()
                    : Optional.of(KEY_REVOKED);
            case JwtAuthenticationToken jwt -> timestamps.validate(jwt.getToken()).hasErrors()
                    ? Optional.of(TOKEN_EXPIRED) : Optional.empty();
            case null, default -> Optional.empty();
        };
    }
}
