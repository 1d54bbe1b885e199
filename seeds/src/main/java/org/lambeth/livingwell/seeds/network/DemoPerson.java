package org.lambeth.livingwell.seeds.network;

import java.util.Objects;

/**
 * A made-up person in the demo network. Never a real person: the display name is a pseudonym built
 * from two nature words, and no diagnosis or other sensitive attribute is generated.
 *
 * @param id          {@code demo-person-0001}, {@code demo-person-0002}, ...
 * @param displayName a pseudonym such as {@code "Cobalt Heron"}
 * @param role        {@code PEER_SUPPORTER}, {@code CARER}, {@code PROFESSIONAL} or {@code COMMUNITY_MEMBER}
 * @param wardCode    the code of the ward the person lives or works in
 */
public record DemoPerson(String id, String displayName, String role, String wardCode) {

    /** Checks every value is present. */
    public DemoPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(wardCode, "wardCode");
    }
}
