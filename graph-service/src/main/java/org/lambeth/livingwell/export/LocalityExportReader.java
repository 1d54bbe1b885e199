package org.lambeth.livingwell.export;

import java.util.Map;
import java.util.function.Consumer;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

/** Reads every locality with its boundary, one row at a time as the Driver fetches them. */
@Service
class LocalityExportReader {

    private final Driver driver;
    private final CypherCatalogue cypher;

    LocalityExportReader(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    void forEach(Consumer<LocalityRow> sink) {
        try (var session = driver.session(Sessions.READ)) {
            session.run(cypher.get("export/list_localities"), Map.of(), Downloads.TIME_LIMIT)
                    .forEachRemaining(row -> sink.accept(LocalityRow.of(row)));
        }
    }
}
