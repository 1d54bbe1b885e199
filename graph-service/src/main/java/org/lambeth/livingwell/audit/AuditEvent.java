package org.lambeth.livingwell.audit;

import java.util.Map;

/**
 * One change to record: what was done to what, with the values before and after (null for a creation or a
 * deletion). Values must not identify a person beyond the pseudonymous id the graph already holds.
 *
 * @param action a dotted verb such as {@code asset.add}, {@code asset.retire}, {@code apiKey.revoke}
 * @param targetType the label of what changed, such as {@code Asset}
 * @param targetId its id
 * @param before its fields before the change, or null
 * @param after its fields after the change, or null
 */
public record AuditEvent(String action, String targetType, String targetId, Map<String, Object> before,
        Map<String, Object> after) {
}
