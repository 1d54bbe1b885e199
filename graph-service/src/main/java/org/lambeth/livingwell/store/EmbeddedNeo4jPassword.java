package org.lambeth.livingwell.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded database's {@code neo4j} user, kept in {@link #FILE_NAME} in the data directory: made
 * on the first start (256 random bits), readable by its owner only (0600, the directory 0700), and read on every
 * later start. The file is the truth: the database's password is set to it when they differ, so deleting the file
 * chooses a new one at the next start, and an operator may write one of their own (at least 8 characters) there.
 * Never logged: {@link #toString()} hides it.
 */
final class EmbeddedNeo4jPassword {

    static final String FILE_NAME = "neo4j-password";
    /** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
    static final int MINIMUM_LENGTH = 8;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jPassword.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final String value;
    private final boolean created;

    private EmbeddedNeo4jPassword(Path file, String value, boolean created) {
        this.file = file;
        this.value = value;
        this.created = created;
    }

    /** The password in {@code dataDirectory}'s file, made first (with the directory) when there is none. */
    static EmbeddedNeo4jPassword readOrCreate(Path dataDirectory) {
        try {
            var directory = ownerOnlyDirectory(dataDirectory.toAbsolutePath());
            var file = directory.resolve(FILE_NAME);
            if (Files.notExists(file)) {
                var made = create(file);
                if (made.isPresent()) {
                    return new EmbeddedNeo4jPassword(file, made.get(), true);
                }
            }
            return new EmbeddedNeo4jPassword(file, read(file), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded Neo4j's password in " + dataDirectory, e);
        }
    }

    /** The file it is kept in. */
    Path file() {
        return file;
    }

    /** The password itself: for the database and the driver only, never for a log. */
    String value() {
        return value;
    }

    /** Whether this start made it (so the database cannot have it yet). */
    boolean created() {
        return created;
    }

    @Override
    public String toString() {
        return "EmbeddedNeo4jPassword[" + file + "]";
    }

    private static Path ownerOnlyDirectory(Path directory) throws IOException {
        if (!posix()) {
            log.warn("This file system has no POSIX permissions: make {} readable by the service's user only",
                    directory);
            return Files.createDirectories(directory);
        }
        if (Files.notExists(directory)) {
            return Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
        }
        var permissions = Files.getPosixFilePermissions(directory);
        if (!permissions.equals(OWNER_DIRECTORY)) {
            // the store holds people's data as well as the password: nobody but the service's user reads it
            Files.setPosixFilePermissions(directory, OWNER_DIRECTORY);
            log.warn("The embedded Neo4j's data directory {} was {}; it is now rwx------ (its owner only)", directory,
                    PosixFilePermissions.toString(permissions));
        }
        return directory;
    }

    private static String read(Path file) throws IOException {
        if (posix()) {
            var permissions = Files.getPosixFilePermissions(file);
            if (!permissions.equals(OWNER_FILE)) {
                Files.setPosixFilePermissions(file, OWNER_FILE);
                log.warn("{} was {}, so others may have read it; it is now rw------- (its owner only). Delete it and "
                        + "restart to choose a new password.", file, PosixFilePermissions.toString(permissions));
            }
        }
        var value = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (value.codePointCount(0, value.length()) < MINIMUM_LENGTH) {
            throw new IllegalStateException(file + " holds a password shorter than " + MINIMUM_LENGTH
                    + " characters: write a longer one there, or delete the file to have one made");
        }
        return value;
    }

    /** A new password in a new owner-only file; empty when another process made the file first. */
    private static Optional<String> create(Path file) throws IOException {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        FileAttribute<?>[] ownerOnly = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                : new FileAttribute<?>[0];
        try {
            // created with its permissions, never wider for a moment, and never over an existing file
            Files.createFile(file, ownerOnly);
        } catch (FileAlreadyExistsException e) {
            return Optional.empty();
        }
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
        log.info("Made a password for the embedded Neo4j's neo4j user in {} (its owner only)", file);
        return Optional.of(value);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
