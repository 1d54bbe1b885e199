package org.lambeth.livingwell.backup;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --to FILE}: the whole graph to a new gzip'd JSON Lines file ({@link BackupFormat}). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes the whole graph (every node and relationship but the migration bookkeeping) to a new "
                + "gzip'd JSON Lines file. With the embedded store, stop the service first, or set NEO4J_URI to the "
                + "running service's Bolt port.")
public class BackupCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "FILE",
            description = "the backup file to create (never overwritten), e.g. backups/living-well-map-2026-05-01.jsonl.gz")
    Path to;

    @Autowired
    BackupService backups;

    public BackupCommand() {
    }

    @Override
    public Integer call() {
        try {
            var summary = backups.backup(to);
            System.out.println("Backed up " + summary.describe() + " to " + to.toAbsolutePath());
            if (summary.skippedRelationships() > 0) {
                System.out.println(summary.skippedRelationships() + " relationship(s) were left out: their nodes were "
                        + "created while the backup read.");
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Backup failed, no file was written: " + CommandMessages.of(e));
            return 1;
        }
    }
}
