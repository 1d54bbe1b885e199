package org.lambeth.livingwell.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.lambeth.livingwell.api.InvalidArgumentException;

/**
 * Which audit entries to read (auditTrail's filter, the CSV export's query parameters): every part given must match;
 * a blank text part is no part. The time range is at or after {@code from} and before {@code to}.
 */
record AuditFilter(String actor, String action, String targetId, OffsetDateTime from, OffsetDateTime to) {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATEST = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);

    /**
     * The statement parameters (an absent bound is the widest, so the time index still applies); a range that ends
     * before it starts is an error naming {@code prefix + "to"} (prefix "filter." in GraphQL, "" in the export).
     */
    Map<String, Object> parameters(String prefix) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidArgumentException(prefix + "to", "must be later than " + prefix + "from");
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("actor", blankToNull(actor));
        parameters.put("action", blankToNull(action));
        parameters.put("targetId", blankToNull(targetId));
        parameters.put("from", from == null ? EARLIEST : from);
        parameters.put("to", to == null ? LATEST : to);
        return parameters;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
