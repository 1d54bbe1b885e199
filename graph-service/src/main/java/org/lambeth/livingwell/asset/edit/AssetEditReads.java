package org.lambeth.livingwell.asset.edit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.audit.AuditValues;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.TransactionContext;

/** The fields of an asset as the audit trail records them, read inside the write's own transaction. */
final class AssetEditReads {

    private AssetEditReads() {
    }

    /**
     * The asset's editable fields as plain values (location as latitude and longitude, categories and localities as
     * sorted ids, opening hours as text), its node locked for the rest of the transaction; an unknown (or retired)
     * id is refused, naming input.id.
     */
    static Map<String, Object> fields(TransactionContext tx, CypherCatalogue cypher, String id) {
        var rows = tx.run(cypher.get("asset/edit/find_asset_fields"), Map.of("id", id)).list();
        if (rows.isEmpty()) {
            throw new InvalidArgumentException("input.id", "no asset '" + id + "' (unknown, or already retired)");
        }
        return withReadableHours(AuditValues.plain(rows.getFirst().get("fields")));
    }

    /**
     * The stored hours (weeklyOpen, openExceptions: minute numbers) as {@code openingHours: {regular: ["Monday
     * 09:00-17:00", ...], exceptions: ["2026-12-25 closed", ...]}}, as an editor reads them; absent when none.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withReadableHours(Map<String, Object> fields) {
        var hours = OpeningHours.decode((List<Long>) fields.remove("weeklyOpen"),
                (List<Long>) fields.remove("openExceptions"));
        if (!hours.isEmpty()) {
            fields.put("openingHours", new TreeMap<>(Map.of(
                    "regular", hours.regular().stream().map(OpeningHoursRules::text).toList(),
                    "exceptions", hours.exceptions().stream().map(OpeningHoursRules::text).toList())));
        }
        return fields;
    }

    /** The fields after retirement: those before, marked retired, with when and why. */
    static Map<String, Object> retired(Map<String, Object> before, OffsetDateTime at, String reason) {
        var after = new TreeMap<>(before);
        after.put("retired", true);
        after.put("retiredAt", AuditValues.value(at));
        if (reason != null) {
            after.put("retiredReason", reason);
        }
        return after;
    }
}
