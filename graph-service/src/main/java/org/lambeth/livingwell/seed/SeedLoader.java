package org.lambeth.livingwell.seed;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Loads the real Lambeth data, the Collaborative's organisations and the demo network when the database is empty.
 * Idempotent: every node is MERGEd on a stable id (the source's own id where it has one), so a second load changes
 * nothing.
 */
@Component
@EnableConfigurationProperties(SeedProperties.class)
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Driver driver;
    private final CypherCatalogue catalogue;
    private final SeedProperties properties;
    private final SeedPlanner planner;

    SeedLoader(Driver driver, CypherCatalogue catalogue, SeedProperties properties, SeedPlanner planner) {
        this.driver = driver;
        this.catalogue = catalogue;
        this.properties = properties;
        this.planner = planner;
    }

    /** Loads the seeds when the database holds no data (and seeding is enabled). */
    public void seedIfEmpty() {
        if (!properties.enabled()) {
            log.info("Seeding is disabled (livingwell.seed.enabled=false)");
        } else if (isEmpty()) {
            load();
        } else {
            log.info("The database already holds data: seeds not loaded");
        }
    }

    /** Loads every seed (MERGE on stable ids) in one transaction and reports what it did. */
    public SeedReport load() {
        long started = System.nanoTime();
        var batches = planner.plan(properties.demoSeed(), properties.demoPeople());
        log.info("Seed files read and placed in {} ms", (System.nanoTime() - started) / 1_000_000);
        var counts = new SeedWriter(driver, catalogue).write(batches);
        var report = new SeedReport(counts.nodesCreated(), counts.relationshipsCreated(), counts.propertiesSet(),
                (System.nanoTime() - started) / 1_000_000, countByLabel(), countByType());
        log.info("Seeds loaded in {} ms: created {} nodes and {} relationships. Nodes by label {}; relationships by "
                + "type {}", report.millis(), report.nodesCreated(), report.relationshipsCreated(),
                report.nodesByLabel(), report.relationshipsByType());
        return report;
    }

    private boolean isEmpty() {
        try (var session = driver.session()) {
            return session.run(catalogue.get("seed/count_data_nodes")).single().get("nodes").asLong() == 0;
        }
    }

    Map<String, Long> countByLabel() {
        return counts("seed/count_nodes_by_label");
    }

    Map<String, Long> countByType() {
        return counts("seed/count_relationships_by_type");
    }

    private Map<String, Long> counts(String statement) {
        try (var session = driver.session()) {
            var counts = new TreeMap<String, Long>();
            session.run(catalogue.get(statement)).forEachRemaining(r -> counts.put(r.get("key").asString(),
                    r.get("count").asLong()));
            return counts;
        }
    }
}
