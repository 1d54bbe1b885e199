package org.lambeth.livingwell.audit;

import java.util.function.Consumer;

import org.lambeth.livingwell.api.OffsetCursor;
import org.lambeth.livingwell.api.PageInfo;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/** Reads the audit trail: a page at a time for GraphQL, or every matching entry streamed for the CSV export. */
@Service
class AuditLog {

    static final int MAX_PAGE = 200;

    private final Driver driver;
    private final CypherCatalogue cypher;

    AuditLog(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** One page, newest first, with the number of entries matching. */
    AuditEntryConnection list(AuditFilter filter, Integer first, String after) {
        var parameters = (filter == null ? AuditFilter.NONE : filter).parameters("filter.");
        int size = OffsetCursor.pageSize(first, MAX_PAGE, "first");
        int offset = OffsetCursor.startAfter(after, "after");
        parameters.put("skip", offset);
        parameters.put("limit", size);
        Record row;
        try (var session = driver.session(Sessions.READ)) {
            row = session.run(cypher.get("audit/list_audit_entries"), parameters).single();
        }
        var edges = OffsetCursor.edges(offset, row.get("entries").asList(Value::asMap),
                (cursor, entry) -> new AuditEntryConnection.AuditEntryEdge(cursor, AuditEntryView.fromMap(entry)));
        long total = row.get("total").asLong();
        return new AuditEntryConnection(edges, PageInfo.of(offset, edges.size(), total), total);
    }

    /** Every entry matching the filter, newest first, each handed to {@code sink} as it is read. */
    void export(AuditFilter filter, Consumer<Record> sink) {
        var parameters = filter.parameters("");
        try (var session = driver.session(Sessions.READ)) {
            session.run(cypher.get("audit/export_audit_entries"), parameters).forEachRemaining(sink);
        }
    }
}
