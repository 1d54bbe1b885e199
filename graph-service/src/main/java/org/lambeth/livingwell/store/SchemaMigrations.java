package org.lambeth.livingwell.store;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Brings the schema up to date while the application starts, before anything reads or writes the graph. */
@Component
public class SchemaMigrations implements InitializingBean {

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        new MigrationRunner(driver).migrate();
    }
}
