package org.lambeth.livingwell.party;

import java.util.Map;

/** What an erasure removed: counts only, the person is gone. */
record ErasePersonPayload(int relationshipsRemoved, int introductionsUnattributed, int auditEntriesRedacted,
        Map<String, Integer> relationshipsByType) {

    /** The audit trail's record of the erasure: these counts, never the person's id. */
    Map<String, Object> auditRecord() {
        return Map.of("relationshipsRemoved", relationshipsRemoved, "relationshipsByType", relationshipsByType,
                "introductionsUnattributed", introductionsUnattributed, "auditEntriesRedacted", auditEntriesRedacted);
    }
}
