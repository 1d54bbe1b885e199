package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationTests {

    @Test
    void theNameGivesVersionAndDescription() {
        var migration = Migration.of("V0012__Create_asset_name_index.cypher", "CREATE INDEX x FOR (a:A) ON (a.b);");
        assertThat(migration.version()).isEqualTo(12);
        assertThat(migration.description()).isEqualTo("Create asset name index");
    }

    @Test
    void aBadNameIsRefusedWithTheConvention() {
        assertThatThrownBy(() -> Migration.of("create_index.cypher", "")).hasMessageContaining("V0001__");
    }

    @Test
    void statementsSplitAtLineEndingSemicolonsAndSkipComments() {
        var migration = Migration.of("V1__Two.cypher", """
                // first
                CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
                CREATE INDEX b IF NOT EXISTS
                  FOR (n:B) ON (n.name);
                """);
        assertThat(migration.statements()).hasSize(2);
        assertThat(migration.statements().get(1)).startsWith("CREATE INDEX b").endsWith("ON (n.name)");
    }

    @Test
    void theChecksumChangesWithTheContentButNotWithLineEndings() {
        var a = Migration.of("V1__A.cypher", "CREATE INDEX a FOR (n:A) ON (n.x);\n");
        var crlf = Migration.of("V1__A.cypher", "CREATE INDEX a FOR (n:A) ON (n.x);\r\n");
        var edited = Migration.of("V1__A.cypher", "CREATE INDEX a FOR (n:A) ON (n.y);\n");
        assertThat(a.checksum()).isEqualTo(crlf.checksum()).isNotEqualTo(edited.checksum());
    }
}
