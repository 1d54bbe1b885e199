package org.lambeth.livingwell.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Backs the whole graph up ({@link BackupFormat}): streamed from the Driver into a gzip'd JSON Lines stream, so a
 * store of any size needs little memory. A file is written beside its destination and moved into place only when
 * complete, so a failed backup leaves no file that looks whole.
 */
@Service
class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final LiveGraph graph;
    private final Clock clock;

    BackupService(Driver driver, CypherCatalogue cypher) {
        this.graph = new LiveGraph(driver, cypher);
        this.clock = Clock.systemUTC();
    }

    /** Writes the backup to {@code out} (left open). */
    BackupSummary backup(OutputStream out) {
        long started = System.nanoTime();
        var header = new BackupHeader(BackupFormat.VERSION, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                graph.migrationVersions(), graph.counts());
        var writer = new BackupWriter(out, header);
        long skipped = graph.read(writer);
        var trailer = writer.finish();
        var summary = new BackupSummary(trailer.counts(), trailer.checksum(), skipped,
                (System.nanoTime() - started) / 1_000_000);
        if (skipped > 0) {
            log.warn("Backup left out {} relationship(s) whose nodes were created while it read", skipped);
        }
        log.info("Backed up {}", summary.describe());
        return summary;
    }

    /** Writes the backup to a new file {@code to}; refuses to replace an existing one. */
    BackupSummary backup(Path to) {
        var target = to.toAbsolutePath();
        if (Files.exists(target)) {
            throw new UncheckedIOException(new FileAlreadyExistsException(target.toString(), null,
                    "a backup is never overwritten: choose another name"));
        }
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            BackupSummary summary;
            try (var out = Files.newOutputStream(partial)) {
                summary = backup(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    log.warn("Could not delete the partial backup file {}", partial);
                }
            }
        }
    }
}
