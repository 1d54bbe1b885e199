package org.lambeth.livingwell.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restore --from FILE}: a backup into an empty database, all or nothing ({@link RestoreService}). */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup file into an empty database (the seeds are not loaded first). Refuses a "
                + "database that holds data; on any problem deletes what it wrote and names the line of the file.")
public class RestoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "the backup file")
    Path from;

    @Autowired
    RestoreService restores;

    public RestoreCommand() {
    }

    @Override
    public Integer call() {
        if (!Files.isReadable(from)) {
            System.err.println("Cannot read " + from.toAbsolutePath());
            return 2;
        }
        try {
            var summary = restores.restore(from);
            System.out.println("Restored " + summary.describe() + " from " + from.toAbsolutePath());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Restore failed: " + CommandMessages.of(e));
            return 1;
        }
    }
}
