package org.lambeth.livingwell.seeds.network;

/** The roles a demo person may have; {@link DemoPerson#role()} holds the name. */
enum Role {
    PEER_SUPPORTER,
    CARER,
    PROFESSIONAL,
    COMMUNITY_MEMBER;

    /** Peer supporters and professionals make introductions and drive the network. */
    boolean isHelper() {
        return this == PEER_SUPPORTER || this == PROFESSIONAL;
    }
}
