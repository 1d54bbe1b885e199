package org.lambeth.livingwell.audit;

import java.util.List;

import org.lambeth.livingwell.api.PageInfo;

/** A page of the audit trail, newest first. */
record AuditEntryConnection(List<AuditEntryEdge> edges, PageInfo pageInfo, long totalCount) {

    record AuditEntryEdge(String cursor, AuditEntryView node) {
    }
}
