package org.lambeth.livingwell.security;

/** The paths that reach the database: rate- and size-limited. Static files of the map page are not. */
final class SecurityPaths {

    private SecurityPaths() {
    }

    static boolean limited(String path) {
        return path.equals("/graphql") || path.startsWith("/graphql/") || path.startsWith("/api/")
                || path.startsWith("/openreferral") || path.startsWith("/actuator");
    }
}
