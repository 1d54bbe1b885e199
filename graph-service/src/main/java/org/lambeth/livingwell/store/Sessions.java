package org.lambeth.livingwell.store;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;

/** Session configurations shared across the service. */
public final class Sessions {

    /** A session that only reads, so a cluster can route it to any member. */
    public static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private Sessions() {
    }
}
