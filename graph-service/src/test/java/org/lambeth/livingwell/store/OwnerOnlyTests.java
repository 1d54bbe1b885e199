package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTests {

    @TempDir
    Path temp;

    @Test
    void anExistingDirectoryOpenToOthersIsTightened() throws Exception {
        var store = Files.createDirectories(temp.resolve("neo4j"));
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(OwnerOnly.directory(store)).isEqualTo(store);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store))).isEqualTo("rwx------");
    }

    @Test
    void aMissingDirectoryIsCreatedOwnerOnly() throws Exception {
        var store = temp.resolve("data/neo4j");
        OwnerOnly.directory(store);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store))).isEqualTo("rwx------");
    }
}
