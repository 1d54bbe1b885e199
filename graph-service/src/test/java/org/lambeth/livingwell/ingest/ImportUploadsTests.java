package org.lambeth.livingwell.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Issue 19, defect 7: uploads a crash left behind are removed at start; the directory is the service user's alone. */
class ImportUploadsTests {

    @TempDir
    Path temp;

    @Test
    void uploadsLeftByAnEarlierRunAreRemovedAtStart() throws Exception {
        var directory = temp.resolve("uploads");
        Files.createDirectories(directory);
        var left = Files.writeString(directory.resolve("0b7e1c9e-left-by-a-crash"), "name,postcode\nA,SW2 1RW\n");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));

        var uploads = new ImportUploads(properties(directory));

        assertThat(left).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        var upload = uploads.store(new ByteArrayInputStream("name\nB\n".getBytes(StandardCharsets.UTF_8)), "editor");
        assertThat(upload.file()).exists().hasParent(directory.toAbsolutePath());
        assertThat(uploads.find(upload.id(), "editor")).contains(upload);
    }

    @Test
    void aMissingDirectoryIsCreatedOwnerOnly() throws Exception {
        var directory = temp.resolve("new/uploads");
        new ImportUploads(properties(directory));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
    }

    private static IngestProperties properties(Path directory) {
        return new IngestProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), Duration.ofHours(1), null, 100,
                Duration.ofMinutes(1), directory);
    }
}
