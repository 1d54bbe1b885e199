package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The built-in login: {@code POST /api/login} with {@code {"username", "password"}} starts a session (an HttpOnly,
 * Secure, SameSite=Strict cookie); {@code POST /api/logout} ends it and closes the live sockets opened in it. Wrong
 * name and wrong password get the same answer.
 */
@RestController
class LoginController {

    record Credentials(String username, String password) {
    }

    record SignedIn(String actor, Role role) {
    }

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final SessionSockets sockets;

    LoginController(AuthenticationManager authentication, SecurityContextRepository contexts, SessionSockets sockets) {
        this.authentication = authentication;
        this.contexts = contexts;
        this.sockets = sockets;
    }

    @PostMapping("/api/login")
    ResponseEntity<?> login(@RequestBody Credentials credentials, HttpServletRequest request,
            HttpServletResponse response) {
        if (credentials.username() == null || credentials.password() == null
                || credentials.username().length() > 100 || credentials.password().length() > 200) {
            return refused();
        }
        try {
            var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password()));
            request.getSession(true);
            request.changeSessionId();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(result);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return ResponseEntity.ok(new SignedIn(result.getName(), Viewers.highestRole(result)));
        } catch (AuthenticationException e) {
            return refused();
        }
    }

    @PostMapping("/api/logout")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            sockets.signingOut(session.getId());
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<?> refused() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(FilterErrors.body("UNAUTHORIZED", "Wrong user name or password", Map.of()));
    }
}
