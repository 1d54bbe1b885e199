package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.ServiceIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19, defect 7: the store and its transaction logs were created 0644 in a directory anyone could enter. The
 * data directory is now the service user's alone, so no other local user reads a file of it.
 */
@ServiceIT
class OwnerOnlyDataIT {

    @Autowired
    EmbeddedNeo4jProperties neo4j;

    @Test
    void theDataDirectoryIsTheServiceUsersAlone() throws Exception {
        var directory = neo4j.dataDirectory().toAbsolutePath();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        try (var files = Files.list(directory)) {
            assertThat(files.count()).as("the store is in it").isPositive();
        }
    }
}
