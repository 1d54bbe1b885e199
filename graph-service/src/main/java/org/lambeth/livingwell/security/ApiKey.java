package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import java.time.OffsetDateTime;

/** An API key for a partner tool as GraphQL shows it (never its secret, which is stored only as a hash). */
public record ApiKey(String id, String name, Role role, int requestsPerMinute, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime revokedAt) {

    boolean revoked() {
        return revokedAt != null;
    }
}
