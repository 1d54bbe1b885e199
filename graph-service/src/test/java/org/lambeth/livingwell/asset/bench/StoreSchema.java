package org.lambeth.livingwell.asset.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/**
 * The {@code :Asset} constraints and indexes of the store, as the store itself describes them
 * ({@code SHOW CONSTRAINTS} / {@code SHOW INDEXES}, with their {@code createStatement}), so that a bulk load can drop
 * them and create exactly the same ones again afterwards: building an index from the loaded nodes (sorted, in bulk,
 * on several threads) costs far less than keeping it up to date node by node, and a uniqueness check by index seek
 * on every created node is the largest single cost of the load. Creating the constraint again checks uniqueness over
 * all nodes.
 *
 * <p>Names and statements come from the database, not from input; names are quoted for DDL, which takes no
 * parameters.</p>
 */
final class StoreSchema {

    static final String SHOW_CONSTRAINTS = """
            SHOW CONSTRAINTS YIELD name, labelsOrTypes, createStatement
            WHERE 'Asset' IN labelsOrTypes
            RETURN name, createStatement ORDER BY name""";

    static final String SHOW_INDEXES = """
            SHOW INDEXES YIELD name, labelsOrTypes, owningConstraint, createStatement
            WHERE 'Asset' IN labelsOrTypes AND owningConstraint IS NULL
            RETURN name, createStatement ORDER BY name""";

    /** A constraint or an index, with the statement that creates it. */
    record Definition(boolean constraint, String name, String createStatement) {

        String dropStatement() {
            return (constraint ? "DROP CONSTRAINT " : "DROP INDEX ") + quoted(name) + " IF EXISTS";
        }

        @Override
        public String toString() {
            return (constraint ? "constraint " : "index ") + name;
        }
    }

    private final Driver driver;
    private final List<Definition> definitions;

    private StoreSchema(Driver driver, List<Definition> definitions) {
        this.driver = driver;
        this.definitions = List.copyOf(definitions);
    }

    /** The asset constraints (with their own indexes) and the other asset indexes, as they are now. */
    static StoreSchema ofAssets(Driver driver) {
        var definitions = new ArrayList<Definition>();
        try (var session = driver.session()) {
            session.run(SHOW_CONSTRAINTS).list().forEach(r -> definitions.add(new Definition(true,
                    r.get("name").asString(), r.get("createStatement").asString())));
            session.run(SHOW_INDEXES).list().forEach(r -> definitions.add(new Definition(false,
                    r.get("name").asString(), r.get("createStatement").asString())));
        }
        return new StoreSchema(driver, definitions);
    }

    List<Definition> definitions() {
        return definitions;
    }

    void drop() {
        try (var session = driver.session()) {
            for (var definition : definitions) {
                session.run(definition.dropStatement()).consume();
            }
        }
    }

    /**
     * Creates every definition again (those still present are left alone) and waits until all are online. Each
     * statement gets {@code timeoutSeconds} as its own transaction timeout: the service's query time limit (30 s,
     * {@code QueryTimeLimit}) would otherwise stop a constraint's creation or the wait for the indexes at 1M on a
     * busy machine.
     */
    void create(int timeoutSeconds) {
        var config = TransactionConfig.builder().withTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        try (var session = driver.session()) {
            var existing = new java.util.HashSet<String>();
            session.run("SHOW INDEXES YIELD name RETURN name").list().forEach(r -> existing.add(r.get("name")
                    .asString()));
            session.run("SHOW CONSTRAINTS YIELD name RETURN name").list().forEach(r -> existing.add(r.get("name")
                    .asString()));
            // indexes first: they populate in the background while a constraint's creation builds and checks its own
            for (boolean constraints : new boolean[] { false, true }) {
                for (var definition : definitions) {
                    if (definition.constraint() == constraints && !existing.contains(definition.name())) {
                        session.run(definition.createStatement(), config).consume();
                    }
                }
            }
            session.run("CALL db.awaitIndexes($timeout)", Map.of("timeout", timeoutSeconds), config).consume();
        }
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
