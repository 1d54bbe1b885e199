package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Viewer;

import org.lambeth.livingwell.viewer.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * API keys for partner tools: 256 random bits, shown once, stored as their SHA-256 hash (a slow hash adds nothing
 * for a key of that strength and would cost every request). Each holds one role, below ADMIN, and its own rate limit.
 */
@Service
public class ApiKeyService {

    /** Keys start with this, so they are recognisable in a leaked file and by secret scanners. */
    static final String PREFIX = "lwm_";
    private static final SecureRandom RANDOM = new SecureRandom();

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
        if (role == Role.ADMIN) {
            throw new InvalidArgumentException("input.role", "an API key may not hold ADMIN");
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
            var created = apiKey(tx.run(cypher.get("security/create_api_key"), parameters).single().get("apiKey"));
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
            return Audited.of(after, new AuditEvent("apiKey.revoke", "ApiKey", id, fields(before), fields(after)));
        });
    }

    List<ApiKey> list() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get("security/list_api_keys")).list(
                    row -> apiKey(row.get("apiKey"))));
        }
    }

    /** The key a request presented, revoked or not; empty when no key has that secret. */
    Optional<ApiKey> find(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher.get("security/find_api_key_by_hash"),
                    Map.of("hash", hash(secret))).list(row -> apiKey(row.get("apiKey")))).stream().findFirst();
        }
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

    private static ApiKey apiKey(Value value) {
        return new ApiKey(value.get("id").asString(), value.get("name").asString(),
                Role.valueOf(value.get("role").asString()), value.get("requestsPerMinute").asInt(),
                value.get("createdAt").asOffsetDateTime(), value.get("createdBy").asString(),
                value.get("revokedAt").isNull() ? null : value.get("revokedAt").asOffsetDateTime());
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
