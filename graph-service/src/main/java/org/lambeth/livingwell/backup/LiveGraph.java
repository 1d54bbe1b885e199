package org.lambeth.livingwell.backup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * The graph in a database, read through the Driver as a stream: every node, then every relationship, in one read
 * transaction, so memory holds only {@link NodeNumbers} (internal id to node number), never the graph. The migration
 * bookkeeping is left out, and so are a restore's marks ({@link BackupFormat#RESTORING_LABEL}, its key).
 * <p>
 * Neo4j reads at read-committed isolation: a node created between the two scans is not in the first, so a
 * relationship to it is skipped (and counted) rather than written with a dangling end.
 */
final class LiveGraph {

    /** A backup of a large store reads for minutes: longer than the per-query limit. */
    static final TransactionConfig LONG_READ = TransactionConfig.builder().withTimeout(Duration.ofHours(6)).build();

    private final Driver driver;
    private final CypherCatalogue cypher;

    LiveGraph(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** Streams the graph to {@code visitor}; returns how many relationships were skipped (see the class comment). */
    long read(GraphVisitor visitor) {
        try (var session = driver.session(Sessions.READ); var tx = session.beginTransaction(LONG_READ)) {
            var numbers = new NodeNumbers();
            int next = 0;
            var nodes = tx.run(cypher.get("backup/read_nodes"));
            while (nodes.hasNext()) {
                var row = nodes.next();
                var labels = new ArrayList<>(row.get("labels").asList(Value::asString));
                labels.remove(BackupFormat.RESTORING_LABEL);
                numbers.put(row.get("id").asLong(), next);
                visitor.node(next++, labels, unmarked(row.get("properties").asMap()));
            }
            long skipped = 0;
            var relationships = tx.run(cypher.get("backup/read_relationships"));
            while (relationships.hasNext()) {
                var row = relationships.next();
                int start = numbers.get(row.get("start").asLong());
                int end = numbers.get(row.get("end").asLong());
                if (start < 0 || end < 0) {
                    skipped++;
                    continue;
                }
                visitor.relationship(start, end, row.get("type").asString(), row.get("properties").asMap());
            }
            return skipped;
        }
    }

    private static Map<String, Object> unmarked(Map<String, Object> properties) {
        if (!properties.containsKey(BackupFormat.RESTORE_KEY)) {
            return properties;
        }
        var copy = new HashMap<>(properties);
        copy.remove(BackupFormat.RESTORE_KEY);
        return copy;
    }

    /** The schema migration versions applied, lowest first. */
    List<Integer> migrationVersions() {
        try (var session = driver.session(Sessions.READ)) {
            return session.run(cypher.get("backup/list_migration_versions")).list(row -> row.get("version").asInt());
        }
    }

    /** Nodes by label and relationships by type, counted by Cypher (not by reading the graph). */
    GraphCounts counts() {
        try (var session = driver.session(Sessions.READ)) {
            var byLabel = new TreeMap<String, Long>();
            long nodes = 0;
            for (var row : session.run(cypher.get("backup/count_nodes_by_label"), Map.of(), LONG_READ).list()) {
                if (row.get("label").isNull()) {
                    nodes = row.get("count").asLong();
                } else {
                    byLabel.put(row.get("label").asString(), row.get("count").asLong());
                }
            }
            var byType = new TreeMap<String, Long>();
            session.run(cypher.get("backup/count_relationships_by_type"), Map.of(), LONG_READ)
                    .forEachRemaining(row -> byType.put(row.get("type").asString(), row.get("count").asLong()));
            long relationships = byType.values().stream().mapToLong(Long::longValue).sum();
            return new GraphCounts(nodes, relationships, byLabel, byType);
        }
    }
}
