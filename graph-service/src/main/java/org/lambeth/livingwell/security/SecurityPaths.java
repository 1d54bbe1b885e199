package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import java.util.Arrays;
import java.util.Map;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/** The paths that reach the database: rate- and size-limited. Static files of the map page are not. */
final class SecurityPaths {

    /**
     * Where editors upload files to import: EDITOR and above; exempt from the request-size filter, because the
     * upload enforces its own, larger limit (livingwell.ingest.max-upload-size) while it streams to disk.
     */
    static final String UPLOADS = "/api/imports/uploads";

    /**
     * The paths the security chain itself guards, each with the least role it needs (the GraphQL fields declare theirs
     * in the schema). The chain's rules and its refusal message are both made from this one table.
     */
    static final Map<String, Role> GUARDED = Map.of(
            "/api/admin/**", Role.ADMIN,
            // operational figures only (never personal data), but they tell an attacker what runs and how busy it is
            "/actuator/prometheus", Role.ADMIN,
            UPLOADS + "/**", Role.EDITOR);

    private SecurityPaths() {
    }

    /** The role the security chain asks of a path it guards (ADMIN when the path is none of them). */
    static Role roleNeeded(String path) {
        var container = PathContainer.parsePath(path);
        return GUARDED.entrySet().stream()
                .filter(guard -> PathPatternParser.defaultInstance.parse(guard.getKey()).matches(container))
                .map(Map.Entry::getValue).findFirst().orElse(Role.ADMIN);
    }

    /** The roles that include {@code least}, as Spring Security's role names. */
    static String[] rolesFrom(Role least) {
        return Arrays.stream(Role.values()).filter(role -> role.includes(least)).map(Role::name)
                .toArray(String[]::new);
    }

    /** Whether the request-size filter leaves this path to its own limit. */
    static boolean ownSizeLimit(String path) {
        return path.equals(UPLOADS);
    }

    static boolean limited(String path) {
        return path.equals("/graphql") || path.startsWith("/graphql/") || path.startsWith("/api/")
                || path.startsWith("/openreferral") || path.startsWith("/actuator");
    }
}
