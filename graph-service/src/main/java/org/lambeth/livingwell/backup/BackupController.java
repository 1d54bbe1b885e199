package org.lambeth.livingwell.backup;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.lambeth.livingwell.api.Attachment;
import org.lambeth.livingwell.audit.AuditEvent;
import org.lambeth.livingwell.audit.AuditTrail;
import org.lambeth.livingwell.audit.Audited;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/admin/backup}: the whole graph as a backup file ({@link BackupFormat}), streamed as a download. Only
 * ADMIN reaches it (the security filter chain guards /api/admin/**). The download is recorded in the audit trail
 * ({@code backup.download}) before it starts, since a backup holds people's data: the entry is written through
 * {@link AuditTrail#write} as a transaction that changes nothing else. Should the backup fail half-way, the response is
 * cut off without the file's trailer, which a restore refuses.
 */
@RestController
class BackupController {

    static final String ACTION = "backup.download";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final BackupService backups;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    BackupController(BackupService backups, AuditTrail audit) {
        this.backups = backups;
        this.audit = audit;
    }

    @GetMapping("/api/admin/backup")
    void download(@RequestAttribute(Viewer.KEY) Viewer viewer, HttpServletResponse response) throws IOException {
        var file = "living-well-map-" + STAMP.format(clock.instant()) + ".jsonl.gz";
        audit.write(viewer, tx -> Audited.of(file, new AuditEvent(ACTION, "Graph", null, null,
                Map.of("file", file, "format", BackupFormat.NAME + "/" + BackupFormat.VERSION))));
        Attachment.mark(response, "application/gzip", file);
        backups.backup(response.getOutputStream());
        response.flushBuffer();
    }
}
