package org.lambeth.livingwell.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.lambeth.livingwell.viewer.Viewer;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write goes through here: the write and its audit entries run in one Neo4j transaction, so either both land
 * or neither does. An entry records who (actor and role), when, what (action and target) and the values before and
 * after, as JSON text.
 */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final Clock clock;

    AuditTrail(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
        this.clock = Clock.systemUTC();
    }

    /**
     * Runs {@code work} in a write transaction and records the events it returns in the same transaction. When
     * {@code work} throws, nothing is written and nothing recorded.
     */
    public <T> T write(Viewer viewer, Function<TransactionContext, Audited<T>> work) {
        return write(viewer, TransactionConfig.empty(), work);
    }

    /** As {@link #write(Viewer, Function)}, with this transaction's own settings (a longer time limit, say). */
    public <T> T write(Viewer viewer, TransactionConfig config, Function<TransactionContext, Audited<T>> work) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var audited = work.apply(tx);
                for (var event : audited.events()) {
                    record(tx, viewer, event);
                }
                return audited.result();
            }, config);
        }
    }

    private void record(TransactionContext tx, Viewer viewer, AuditEvent event) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        parameters.put("actor", viewer.actor());
        parameters.put("role", viewer.role().name());
        parameters.put("action", event.action());
        parameters.put("targetType", event.targetType());
        parameters.put("targetId", event.targetId());
        parameters.put("before", json(event.before()));
        parameters.put("after", json(event.after()));
        tx.run(cypher.get("audit/create_audit_entry"), parameters).consume();
    }

    private static String json(Map<String, Object> values) {
        return values == null ? null : JSON.writeValueAsString(values);
    }
}
