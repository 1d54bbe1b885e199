package org.lambeth.livingwell.security;

/** The paths that reach the database: rate- and size-limited. Static files of the map page are not. */
final class SecurityPaths {

    /**
     * Where editors upload files to import: EDITOR and above; exempt from the request-size filter, because the
     * upload enforces its own, larger limit (livingwell.ingest.max-upload-size) while it streams to disk.
     */
    static final String UPLOADS = "/api/imports/uploads";

    private SecurityPaths() {
    }

    /** The role the security chain asks of a path it guards. */
    static Role roleNeeded(String path) {
        return path.startsWith(UPLOADS) ? Role.EDITOR : Role.ADMIN;
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
