package org.lambeth.livingwell.store;

import java.util.List;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** Brings the schema up to date; run at start by the database preparation, before anything reads the graph. */
@Component
public class SchemaMigrations {

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    /** Applies pending migrations; returns their versions. */
    public List<Integer> migrate() {
        return new MigrationRunner(driver).migrate();
    }
}
