package org.lambeth.livingwell.seed;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.SummaryCounters;

/** Writes seed batches in chunks of rows, all in one transaction: the seeds land whole or not at all. */
final class SeedWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SeedWriter.class);

    static final int CHUNK = 2_000;

    /** Created and set counts of one write. */
    record Counts(int nodesCreated, int relationshipsCreated, int propertiesSet) {
        Counts plus(SummaryCounters c) {
            return new Counts(nodesCreated + c.nodesCreated(), relationshipsCreated + c.relationshipsCreated(),
                    propertiesSet + c.propertiesSet());
        }
    }

    private final Driver driver;
    private final CypherCatalogue catalogue;

    SeedWriter(Driver driver, CypherCatalogue catalogue) {
        this.driver = driver;
        this.catalogue = catalogue;
    }

    Counts write(List<SeedBatch> batches) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var counts = new Counts(0, 0, 0);
                for (var batch : batches) {
                    long started = System.nanoTime();
                    var statement = catalogue.get(batch.statement());
                    for (int from = 0; from < batch.rows().size(); from += CHUNK) {
                        var chunk = batch.rows().subList(from, Math.min(from + CHUNK, batch.rows().size()));
                        counts = counts.plus(tx.run(statement, Map.of("rows", chunk)).consume().counters());
                    }
                    log.debug("{}: {} rows in {} ms", batch.statement(), batch.rows().size(),
                            (System.nanoTime() - started) / 1_000_000);
                }
                return counts;
            }, TransactionConfig.builder().withTimeout(Duration.ofMinutes(5)).build());
        }
    }
}
