package org.lambeth.livingwell.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lambeth.livingwell.api.PlainTextErrors;
import org.lambeth.livingwell.api.SpreadsheetCells;
import org.neo4j.driver.Record;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/admin/audit.csv}: the audit trail as CSV (RFC 4180, UTF-8, a header row), newest first, filtered
 * by the query parameters actor, action, targetId, from and to (ISO-8601 date-times) as auditTrail is; times to the
 * millisecond, as GraphQL's DateTime shows them. Only ADMIN reaches it (the security filter chain guards
 * /api/admin/**). A cell that a spreadsheet would run as a formula (starting with = + - @ or a tab) is prefixed with
 * an apostrophe.
 */
@RestController
@PlainTextErrors
class AuditCsvController {

    static final List<String> COLUMNS = List.of("at", "actor", "role", "action", "targetType", "targetId", "before",
            "after");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private final AuditLog log;

    AuditCsvController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/admin/audit.csv")
    void export(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            HttpServletResponse response) throws IOException {
        var filter = new AuditFilter(actor, action, targetId, from, to);
        filter.parameters(""); // refuses a bad range before the response starts
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"");
        try (var csv = new CSVPrinter(response.getWriter(), FORMAT)) {
            log.export(filter, row -> print(csv, row));
        }
    }


    private static void print(CSVPrinter csv, Record row) {
        var cells = new ArrayList<String>(COLUMNS.size());
        cells.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.get("at").asOffsetDateTime()
                .truncatedTo(ChronoUnit.MILLIS)));
        for (var column : COLUMNS.subList(1, COLUMNS.size())) {
            cells.add(SpreadsheetCells.safe(row.get(column).asString(null)));
        }
        try {
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
