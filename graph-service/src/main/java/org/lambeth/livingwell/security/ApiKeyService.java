package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Viewer;

import org.lambeth.livingwell.viewer.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.audit.AuditEvent;
import org.lambeth.livingwell.audit.AuditTrail;
import org.lambeth.livingwell.audit.Audited;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * API keys for partner tools: 256 random bits, shown once, stored as their SHA-256 hash (a slow hash adds nothing
 * for a key of that strength and would cost every request). Each holds one role, below ADMIN, and its own rate limit.
 * A key in the store with any other role (ADMIN, a name that is none of our roles, none) was not made here: it never
 * authenticates, and {@link UngrantableApiKeys} disables it at start-up.
 */
@Service
public class ApiKeyService {

    /** Keys start with this, so they are recognisable in a leaked file and by secret scanners. */
    static final String PREFIX = "lwm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Logger log = LoggerFactory.getLogger(ApiKeyService.class);

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final AuditTrail audit;

    ApiKeyService(Driver driver, CypherCatalogue cypher, AuditTrail audit) {
        this.driver = driver;
        this.cypher = cypher;
        this.audit = audit;
    }

    /** A new key and its secret. */
    public record CreatedKey(ApiKey apiKey, String secret) {
    }

    CreatedKey create(Viewer viewer, String name, Role role, int requestsPerMinute) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidArgumentException("input.name", "name must be 1-100 characters");
        }
        if (role == null || !grantable(role)) {
            throw new InvalidArgumentException("input.role", "an API key may not hold " + role);
        }
        if (requestsPerMinute < 1 || requestsPerMinute > 100_000) {
            throw new InvalidArgumentException("input.requestsPerMinute",
                    "requestsPerMinute must be 1-100000, got " + requestsPerMinute);
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var parameters = Map.<String, Object>of("id", "key-" + UUID.randomUUID(), "name", name.strip(),
                "role", role.name(), "hash", hash(secret), "requestsPerMinute", requestsPerMinute,
                "createdAt", now(), "createdBy", viewer.actor());
        var key = audit.write(viewer, tx -> {
            var created = apiKey(tx.run(cypher.get("security/create_api_key"), parameters).single().get("apiKey"))
                    .orElseThrow();
            return Audited.of(created, new AuditEvent("apiKey.create", "ApiKey", created.id(), null, fields(created)));
        });
        return new CreatedKey(key, secret);
    }

    ApiKey revoke(Viewer viewer, String id) {
        return audit.write(viewer, tx -> {
            var rows = tx.run(cypher.get("security/revoke_api_key"), Map.of("id", id, "revokedAt", now())).list();
            if (rows.isEmpty()) {
                throw new InvalidArgumentException("input.id", "no API key has the id " + id);
            }
            var before = apiKey(rows.getFirst().get("before"));
            var after = apiKey(rows.getFirst().get("apiKey"));
            if (after.isEmpty()) {
                throw new InvalidArgumentException("input.id", "the API key " + id + " holds no role of ours");
            }
            return Audited.of(after.get(), new AuditEvent("apiKey.revoke", "ApiKey", id,
                    before.map(ApiKeyService::fields).orElse(null), fields(after.get())));
        });
    }

    List<ApiKey> list() {
        try (var session = driver.session()) {
            // a key holding none of our roles is left out: it is disabled and reported at start-up
            return session.executeRead(tx -> tx.run(cypher.get("security/list_api_keys")).list(
                    row -> apiKey(row.get("apiKey")))).stream().flatMap(Optional::stream).toList();
        }
    }

    /**
     * The key a request presented, revoked or not; empty when no key has that secret, or when the key's role is one
     * {@link #create} never grants (such a key was written into the store directly, and never authenticates).
     */
    Optional<ApiKey> find(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        List<Value> rows;
        try (var session = driver.session()) {
            rows = session.executeRead(tx -> tx.run(cypher.get("security/find_api_key_by_hash"),
                    Map.of("hash", hash(secret))).list(row -> row.get("apiKey")));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var stored = rows.getFirst();
        var key = apiKey(stored).filter(k -> grantable(k.role()));
        if (key.isEmpty()) {
            log.warn("Refused API key {} (stored role {}): createApiKey never made it", LogText.of(stored.get("id")),
                    LogText.of(stored.get("role")));
        }
        return key;
    }

    /** A key in the store whose role {@link #create} never grants, as the start-up check found it. */
    record UngrantableKey(String id, String role, boolean disabledNow) {
    }

    /**
     * Disables (revokes) every key whose role {@link #create} never grants, recorded in the audit trail as
     * {@code apiKey.disable} by {@code system}, and returns every such key, disabled now or before. Writes nothing
     * when there is nothing to disable.
     */
    List<UngrantableKey> disableUngrantable(Viewer system) {
        var grantable = Map.<String, Object>of("grantableRoles", grantableRoles());
        List<Record> found;
        try (var session = driver.session()) {
            found = session.executeRead(tx -> tx.run(cypher.get("security/list_ungrantable_api_keys"), grantable)
                    .list());
        }
        var keys = new ArrayList<UngrantableKey>();
        found.stream().filter(row -> row.get("revoked").asBoolean())
                .forEach(row -> keys.add(new UngrantableKey(LogText.of(row.get("id")), LogText.of(row.get("role")),
                        false)));
        if (found.size() == keys.size()) {
            return keys;
        }
        var revokedAt = now();
        keys.addAll(audit.write(system, tx -> {
            var parameters = Map.<String, Object>of("grantableRoles", grantableRoles(), "revokedAt", revokedAt);
            var rows = tx.run(cypher.get("security/disable_ungrantable_api_keys"), parameters).list();
            var events = new ArrayList<AuditEvent>();
            var disabled = new ArrayList<UngrantableKey>();
            for (var row : rows) {
                var role = LogText.of(row.get("role"));
                var before = new LinkedHashMap<String, Object>();
                before.put("role", role);
                before.put("revokedAt", null);
                var after = new LinkedHashMap<String, Object>(before);
                after.put("revokedAt", revokedAt.toString());
                after.put("reason", "createApiKey never grants this role");
                events.add(new AuditEvent("apiKey.disable", "ApiKey", row.get("id").asString(null), before, after));
                disabled.add(new UngrantableKey(LogText.of(row.get("id")), role, true));
            }
            return new Audited<>(disabled, events);
        }));
        return keys;
    }

    /** Whether {@link #create} gives a key this role: every role but ADMIN. */
    static boolean grantable(Role role) {
        return role != Role.ADMIN;
    }

    /** The names of the roles {@link #create} grants, as stored. */
    static List<String> grantableRoles() {
        return Arrays.stream(Role.values()).filter(ApiKeyService::grantable).map(Role::name).toList();
    }

    /**
     * Of these keys, the ids of those that still work (they exist and are not revoked), in one read. Read from the
     * leader, as {@link #find} is for each request, so a revocation just committed through any instance counts.
     */
    Set<String> working(Collection<String> ids) {
        try (var session = driver.session()) {
            return new HashSet<>(session.executeRead(tx -> tx.run(cypher.get("security/list_working_api_keys"),
                    Map.of("ids", List.copyOf(ids))).list(row -> row.get("id").asString())));
        }
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The key as stored; empty when it has no id or its role is none of ours. */
    private static Optional<ApiKey> apiKey(Value value) {
        var role = storedRole(value.get("role"));
        if (role.isEmpty() || value.get("id").isNull()) {
            return Optional.empty();
        }
        return Optional.of(new ApiKey(value.get("id").asString(), value.get("name").asString(""), role.get(),
                value.get("requestsPerMinute").asInt(0), value.get("createdAt").asOffsetDateTime(null),
                value.get("createdBy").asString(""),
                value.get("revokedAt").isNull() ? null : value.get("revokedAt").asOffsetDateTime()));
    }

    /** A role stored by {@link #create}: exactly one of our names (not parsed leniently as a login's role is). */
    private static Optional<Role> storedRole(Value value) {
        if (value.isNull() || !value.hasType(TypeSystem.getDefault().STRING())) {
            return Optional.empty();
        }
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(value.asString())).findFirst();
    }

    private static Map<String, Object> fields(ApiKey key) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", key.name());
        fields.put("role", key.role().name());
        fields.put("requestsPerMinute", key.requestsPerMinute());
        fields.put("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
        return fields;
    }
}
