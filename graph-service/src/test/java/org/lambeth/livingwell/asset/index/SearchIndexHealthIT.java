package org.lambeth.livingwell.asset.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lambeth.livingwell.live.ChangeFeed;
import org.lambeth.livingwell.store.CommitMarks;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.support.SecondInstance;
import org.lambeth.livingwell.support.StandaloneNeo4j;
import org.neo4j.driver.Driver;
import org.springframework.boot.health.contributor.Status;

/**
 * The search index's readiness: out of service until the index has been built once (the probe itself starts the
 * build when none is under way), up from then on; and the service's readiness is UP once its own index is built.
 */
class SearchIndexHealthIT {

    @TempDir
    Path directory;

    @Test
    void outOfServiceUntilTheIndexIsBuiltThenUp() throws Exception {
        try (var database = new StandaloneNeo4j(directory.resolve("neo4j"), SecondInstance.freePort()).start();
                var instance = database.instance().start(StandaloneNeo4j.freshStore())) {
            assertThat(awaitBuilt(instance.bean(SearchIndex.class))).as("the service's own index, built at start")
                    .isTrue();

            var index = new SearchIndex(instance.bean(Driver.class), instance.bean(CypherCatalogue.class),
                    instance.bean(ChangeFeed.class), instance.bean(CommitMarks.class));
            var health = new SearchIndexHealth(index);
            assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

            assertThat(awaitBuilt(index)).as("built, started by the probe").isTrue();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        }
    }

    private static boolean awaitBuilt(SearchIndex index) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!index.built() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return index.built();
    }
}
