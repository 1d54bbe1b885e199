package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's password file: made owner-only, reused, tightened, and never shown by toString. */
class EmbeddedNeo4jPasswordTests {

    @TempDir
    Path directory;

    @Test
    void theFirstStartMakesARandomPasswordInAnOwnerOnlyFileAndDirectory() throws IOException {
        var store = directory.resolve("data/neo4j");
        var password = EmbeddedNeo4jPassword.readOrCreate(store);
        assertThat(password.created()).isTrue();
        assertThat(password.file()).isEqualTo(store.toAbsolutePath().resolve("neo4j-password"));
        assertThat(password.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Files.readString(password.file()).strip()).isEqualTo(password.value());
        assertThat(permissions(password.file())).isEqualTo("rw-------");
        assertThat(permissions(store)).isEqualTo("rwx------");
        assertThat(password.toString()).doesNotContain(password.value());
        assertThat(EmbeddedNeo4jPassword.readOrCreate(directory.resolve("other")).value())
                .isNotEqualTo(password.value());
    }

    @Test
    void laterStartsReuseIt() {
        var first = EmbeddedNeo4jPassword.readOrCreate(directory);
        var again = EmbeddedNeo4jPassword.readOrCreate(directory);
        assertThat(again.created()).isFalse();
        assertThat(again.value()).isEqualTo(first.value());
    }

    @Test
    void aFileOrDirectoryOthersCouldReadIsMadeOwnerOnlyAndAnOperatorsOwnPasswordIsKept() throws IOException {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        var file = Files.writeString(directory.resolve("neo4j-password"), "an operator's own password\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        var password = EmbeddedNeo4jPassword.readOrCreate(directory);
        assertThat(password.value()).isEqualTo("an operator's own password");
        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(directory)).isEqualTo("rwx------");
    }

    @Test
    void aPasswordShorterThanNeo4jAllowsStopsTheStartNamingTheFile() throws IOException {
        var file = Files.writeString(directory.resolve("neo4j-password"), "short\n");
        assertThatThrownBy(() -> EmbeddedNeo4jPassword.readOrCreate(directory))
                .hasMessageContaining(file.toString()).hasMessageContaining("shorter than 8");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
