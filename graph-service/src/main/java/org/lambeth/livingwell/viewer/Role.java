package org.lambeth.livingwell.viewer;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may do what, lowest first. Each role includes every role before it: an EDITOR may do all a LEAD may,
 * and ADMIN everything. PUBLIC is everyone, signed in or not.
 */
public enum Role {
    /** No login: public assets, localities, organisations and aggregates; never a person. */
    PUBLIC,
    /** Finds resources and people's skills for the person in front of them; sees contact details given with consent. */
    PEER_SUPPORTER,
    /** Collaborative leads: network analysis with individuals named, snapshots. */
    LEAD,
    /** Adds, edits and retires assets. */
    EDITOR,
    /** Users, API keys, erasure, the audit trail. */
    ADMIN;

    /** Whether this role may do what {@code required} may. */
    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a name gives (case-insensitive; "ROLE_" prefix allowed), or empty for anything else. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        var upper = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (upper.startsWith("ROLE_")) {
            upper = upper.substring(5);
        }
        for (var role : values()) {
            if (role.name().equals(upper)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
