package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At start-up, once the database is prepared and before the web server starts: disables every API key in the store
 * whose role {@code createApiKey} never grants (ADMIN, a name that is none of our roles, none), and names each in
 * the log by its id (never its hash). Such a key was written into the store directly, by someone who could reach it.
 * <p>
 * Disabled rather than refusing to start: the embedded database runs only while the service does, so a service that
 * refused to start would also keep the operator from removing the key with cypher-shell, and a key written into the
 * store would become a way to keep the service down. A disabled key never authenticates in any case
 * ({@link ApiKeyService#find} refuses such a role whether revoked or not, also for a key written while the service
 * runs); the revocation and its audit entry show the administrators what was found and when.
 */
@Component
class UngrantableApiKeys implements SmartLifecycle {

    /** Who the audit trail says disabled them. */
    static final Viewer START_UP = new Viewer("system:start-up", Role.ADMIN, "system", 0);

    private static final Logger log = LoggerFactory.getLogger(UngrantableApiKeys.class);

    private final ApiKeyService keys;
    private volatile boolean running;

    UngrantableApiKeys(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public void start() {
        for (var key : keys.disableUngrantable(START_UP)) {
            if (key.disabledNow()) {
                log.error("API key {} holds role {}, which createApiKey never grants: it was written into the store "
                        + "directly, not made by this service. It is now disabled (revoked, audited as "
                        + "apiKey.disable) and never authenticates. Find out who could write to the store, then "
                        + "delete the key.", key.id(), key.role());
            } else {
                log.warn("API key {} with role {}, which createApiKey never grants, is still in the store "
                        + "(disabled): delete it once looked into.", key.id(), key.role());
            }
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Right after the database preparation (migrations, seeds), before the web server. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1;
    }
}
