package org.lambeth.livingwell.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lambeth.livingwell.api.ForbiddenException;
import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.audit.AuditEvent;
import org.lambeth.livingwell.audit.AuditTrail;
import org.lambeth.livingwell.audit.Audited;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erases a person in one transaction with its audit entry: the node and all its relationships, their id where it
 * names them as an introducer, and the audit entries about them (redacted). Skills stay in the catalogue and network
 * snapshots stay (aggregates). The erasure is recorded as {@code person.erase} without the person's id.
 */
@Service
public class PersonErasure {

    static final String ACTION = "person.erase";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditTrail auditTrail;
    private final CypherCatalogue cypher;

    PersonErasure(AuditTrail auditTrail, CypherCatalogue cypher) {
        this.auditTrail = auditTrail;
        this.cypher = cypher;
    }

    ErasePersonPayload erase(Viewer viewer, String id) {
        if (!viewer.may(Role.ADMIN)) {
            throw new ForbiddenException("only administrators may erase a person");
        }
        if (id == null || id.isBlank()) {
            throw new InvalidArgumentException("input.id", "a person's id is required");
        }
        return auditTrail.write(viewer, tx -> {
            var payload = erase(tx, id);
            return Audited.of(payload, new AuditEvent(ACTION, "Person", null, payload.auditRecord(), null));
        });
    }

    private ErasePersonPayload erase(TransactionContext tx, String id) {
        var deleted = tx.run(cypher.get("party/delete_person"), Map.of("id", id)).list();
        if (deleted.isEmpty()) {
            throw new InvalidArgumentException("input.id", "no person has this id");
        }
        var byType = relationshipsByType(deleted.getFirst());
        int unattributed = tx.run(cypher.get("party/unattribute_introductions"), Map.of("id", id)).single()
                .get("unattributed").asInt();
        var identifiers = identifiers(id, deleted.getFirst());
        int redacted = tx.run(cypher.get("party/redact_audit_entries"), Map.of("id", id, "identifiers", identifiers))
                .single().get("redacted").asInt();
        int removed = byType.values().stream().mapToInt(Integer::intValue).sum();
        return new ErasePersonPayload(removed, unattributed, redacted, byType);
    }

    private static Map<String, Integer> relationshipsByType(Record row) {
        var byType = new TreeMap<String, Integer>();
        row.get("relationships").asList(v -> v).forEach(v -> byType.put(v.get("type").asString(),
                v.get("count").asInt()));
        return byType;
    }

    /** What audit text may hold that identified them: the id as a JSON string (not a prefix of another id), the rest. */
    private static List<String> identifiers(String id, Record row) {
        var identifiers = new ArrayList<String>();
        identifiers.add(JSON.writeValueAsString(id));
        row.get("identifiers").asList(v -> v.asString()).stream().filter(v -> !v.equals(id))
                .map(PersonErasure::jsonText).forEach(identifiers::add);
        return identifiers;
    }

    /** A value as it appears inside JSON text (escaped, without the quotes). */
    private static String jsonText(String value) {
        var quoted = JSON.writeValueAsString(value);
        return quoted.substring(1, quoted.length() - 1);
    }
}
