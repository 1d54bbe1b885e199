package org.lambeth.livingwell.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Directories that hold people's data (the store, its transaction logs, uploads waiting to be imported) are the
 * service user's alone: {@code rwx------}, created so or tightened at start. Neo4j creates its files 0644, which is
 * safe only inside such a directory. Backups are written 0600 ({@code BackupService}).
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates {@code directory} (and its parents) if missing, then makes it owner-only; returns it. */
    public static Path directory(Path directory) {
        try {
            Files.createDirectories(directory);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(directory, DIRECTORY);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + directory + " owner-only", e);
        }
    }
}
