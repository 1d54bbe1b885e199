package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in and the limits on every client.
 *
 * @param users the built-in login's users (for the embedded default; deployments use an OIDC issuer instead)
 * @param jwt how roles are read from a bearer token when an issuer is configured
 * @param rateLimit requests a minute per client
 * @param maxRequestBytes the largest request body accepted on the API paths
 * @param maxConcurrentRequestsPerAddress requests one client address may have on request threads at once (counted
 *        from their headers, before their body is read); more are refused with 429
 * @param bodyReadTimeout the longest a request body may take to arrive, in all (not per read); past it, 408
 */
@ConfigurationProperties("livingwell.security")
public record SecurityProperties(@DefaultValue List<User> users, @DefaultValue Jwt jwt, @DefaultValue RateLimit rateLimit,
        @DefaultValue("65536") long maxRequestBytes, @DefaultValue("20") int maxConcurrentRequestsPerAddress,
        @DefaultValue("10s") Duration bodyReadTimeout) {

    /**
     * A built-in user. A user with a blank hash is ignored (so a deployment can leave one out by leaving its
     * environment variable unset).
     *
     * @param passwordHash a bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}); never the password itself
     */
    public record User(String username, String passwordHash, Role role) {

        boolean enabled() {
            return username != null && !username.isBlank() && passwordHash != null && !passwordHash.isBlank();
        }
    }

    /**
     * @param roleClaim the claim holding the caller's role names (a string or a list; the highest known role wins)
     */
    public record Jwt(@DefaultValue("roles") String roleClaim) {
    }

    /**
     * @param publicPerMinute for each anonymous client (by remote address)
     * @param signedInPerMinute for each signed-in user or bearer token (an API key carries its own)
     */
    public record RateLimit(@DefaultValue("600") int publicPerMinute, @DefaultValue("3000") int signedInPerMinute) {
    }
}
