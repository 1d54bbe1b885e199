package org.lambeth.livingwell.audit;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;

/** An audit entry as GraphQL shows it; before and after are the JSON text stored. */
record AuditEntryView(String id, OffsetDateTime at, String actor, String role, String action, String targetType,
        String targetId, String before, String after) {

    /** From the projection {@code e {.id, .at, .actor, ...}}. */
    static AuditEntryView fromMap(Map<String, Object> map) {
        return new AuditEntryView((String) map.get("id"), ((ZonedDateTime) map.get("at")).toOffsetDateTime(),
                (String) map.get("actor"), (String) map.get("role"), (String) map.get("action"),
                (String) map.get("targetType"), (String) map.get("targetId"), (String) map.get("before"),
                (String) map.get("after"));
    }
}
