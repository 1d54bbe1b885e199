package org.lambeth.livingwell.openreferral;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Turns the feed's derived UUIDs ({@link OpenReferralIds}) back into node ids. A name-based UUID cannot be reversed,
 * so the directory keeps every UUID the feed has handed out (each page registers its ids as it is built) and, for a
 * UUID it has not seen (one a client kept from before a restart, say), reads the ids of everything published once,
 * at most every few seconds however many unknown ids arrive. A UUID found here is only a candidate: the statement that
 * reads the object checks again that it is public. Our UUIDs are name-based (version 3): any other version is
 * unknown at once, so random UUIDs cannot make the directory read every id.
 */
@Component
class IdDirectory {

    private static final long RELOAD_AFTER_NANOS = 5_000_000_000L;

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final Map<UUID, String> assets = new ConcurrentHashMap<>();
    private final Map<UUID, String> organisations = new ConcurrentHashMap<>();
    private long loadedAt;
    private boolean loaded;

    IdDirectory(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    void rememberAsset(String assetId) {
        assets.putIfAbsent(OpenReferralIds.service(assetId), assetId);
    }

    void rememberOrganisation(String organisationId) {
        organisations.putIfAbsent(OpenReferralIds.organization(organisationId), organisationId);
    }

    /** The asset whose service has this UUID, if any is known. */
    Optional<String> assetOfService(UUID serviceId) {
        return find(assets, serviceId);
    }

    /** The organisation that has this UUID, if any is known. */
    Optional<String> organisation(UUID organizationId) {
        return find(organisations, organizationId);
    }

    private Optional<String> find(Map<UUID, String> ids, UUID uuid) {
        if (uuid.version() != 3) {
            return Optional.empty(); // not one of ours (they are name-based): no reason to read every id again
        }
        var id = ids.get(uuid);
        if (id == null && reload()) {
            id = ids.get(uuid);
        }
        return Optional.ofNullable(id);
    }

    /** Reads every published id unless that was done a moment ago; whether it read them. */
    private synchronized boolean reload() {
        long now = System.nanoTime();
        if (loaded && now - loadedAt < RELOAD_AFTER_NANOS) {
            return false;
        }
        try (var session = driver.session(Sessions.READ)) {
            var row = session.run(cypher.get("openreferral/list_published_ids")).single();
            putAll(row.get("assets"), assets, OpenReferralIds::service);
            putAll(row.get("organisations"), organisations, OpenReferralIds::organization);
        }
        loaded = true;
        loadedAt = System.nanoTime();
        return true;
    }

    private static void putAll(Value ids, Map<UUID, String> into, Function<String, UUID> uuid) {
        for (var id : ids.asList(Value::asString)) {
            into.putIfAbsent(uuid.apply(id), id);
        }
    }
}
