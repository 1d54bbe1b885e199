package org.lambeth.livingwell.audit;

import java.util.List;

/** What a write returns to {@link AuditTrail#write}: its result, and the changes it made, to be recorded. */
public record Audited<T>(T result, List<AuditEvent> events) {

    public static <T> Audited<T> of(T result, AuditEvent event) {
        return new Audited<>(result, List.of(event));
    }
}
