package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Viewer;

import org.lambeth.livingwell.viewer.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The {@link Viewer} an authenticated request stands for. */
final class Viewers {

    private Viewers() {
    }

    static Viewer of(Authentication authentication, String remoteAddress) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Viewer.anonymous(remoteAddress);
        }
        var role = highestRole(authentication);
        if (authentication instanceof ApiKeyAuthentication key) {
            return new Viewer(key.getName(), role, "key:" + key.key().id(), key.key().requestsPerMinute());
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            var subject = "jwt:" + jwt.getToken().getSubject();
            return new Viewer(subject, role, subject, 0);
        }
        return new Viewer(authentication.getName(), role, "user:" + authentication.getName(), 0);
    }

    static Role highestRole(Authentication authentication) {
        var highest = Role.PUBLIC;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            var role = Role.parse(authority.getAuthority());
            if (role.isPresent() && authority.getAuthority().startsWith("ROLE_") && role.get().includes(highest)) {
                highest = role.get();
            }
        }
        return highest;
    }
}
