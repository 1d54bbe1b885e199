package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceIT
class MigrationRunnerIT {

    @Autowired
    Driver driver;

    @Test
    void everyMigrationIsRecordedOnceWithItsChecksumAndNotReapplied() {
        var runner = new MigrationRunner(driver);
        var migrations = runner.discover();
        assertThat(migrations).isNotEmpty();
        assertThat(runner.migrate()).isEmpty();
        try (var session = driver.session()) {
            var recorded = session.run("MATCH (m:__Neo4jMigration) RETURN m.version AS v, m.checksum AS c "
                    + "ORDER BY v").list();
            assertThat(recorded).hasSize(migrations.size());
            for (int i = 0; i < migrations.size(); i++) {
                assertThat(recorded.get(i).get("c").asString()).isEqualTo(migrations.get(i).checksum());
            }
        }
    }

    @Test
    void theSchemaHasTheConstraintsAndIndexesTheQueriesNeed() {
        try (var session = driver.session()) {
            var constrained = session.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties "
                    + "WHERE properties = ['id'] RETURN labelsOrTypes[0] AS label").list(r -> r.get(0).asString());
            assertThat(constrained).contains("Asset", "Organisation", "Person", "Skill", "Category", "Locality",
                    "Postcode");
            var indexes = session.run("SHOW INDEXES YIELD name, type, state RETURN name, type, state").list();
            assertThat(indexes).anySatisfy(r -> {
                assertThat(r.get("name").asString()).isEqualTo("asset_location");
                assertThat(r.get("type").asString()).isEqualTo("POINT");
                assertThat(r.get("state").asString()).isEqualTo("ONLINE");
            });
            assertThat(indexes).anySatisfy(r -> assertThat(r.get("type").asString()).isEqualTo("FULLTEXT"));
        }
    }

    @Test
    void anEditedAppliedMigrationStopsWithAClearMessage() {
        var edited = new MigrationRunner(driver, "classpath*:test-migrations/edited/V*.cypher");
        assertThatThrownBy(edited::migrate)
                .isInstanceOf(MigrationRunner.MigrationChangedException.class)
                .hasMessageContaining("V0001__Create_asset_id_constraint.cypher")
                .hasMessageContaining("must not be edited");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (l:__Neo4jMigrationsLock) RETURN count(l)").single().get(0).asLong())
                    .isZero();
        }
    }
}
