package org.lambeth.livingwell.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Writes what a backup file holds into the database in batches, one transaction each ({@code UNWIND} of parameters):
 * nodes marked with {@link BackupFormat#RESTORING_LABEL} and their file number as {@link BackupFormat#RESTORE_KEY},
 * then relationships wired through that key. A batch is at most {@value #NODE_ROWS} nodes or
 * {@value #RELATIONSHIP_ROWS} relationships or about {@value #MAX_CHARACTERS} characters of values. A batch Neo4j
 * refuses is reported by its lines in the file, with Neo4j's error code (its message could quote a value).
 */
final class RestoreBatches implements GraphVisitor {

    static final int NODE_ROWS = 1_000;
    static final int RELATIONSHIP_ROWS = 5_000;
    static final long MAX_CHARACTERS = 4_000_000;

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final IntSupplier line;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private boolean nodeRows;
    private long characters;
    private int firstLine;
    private int lastLine;

    RestoreBatches(Driver driver, CypherCatalogue cypher, IntSupplier line) {
        this.driver = driver;
        this.cypher = cypher;
        this.line = line;
    }

    @Override
    public void node(int number, List<String> labels, Map<String, Object> properties) {
        add(Map.of("key", (long) number, "labels", labels, "properties", properties), properties);
        nodeRows = true;
        if (rows.size() >= NODE_ROWS || characters >= MAX_CHARACTERS) {
            flush();
        }
    }

    @Override
    public void relationship(int start, int end, String type, Map<String, Object> properties) {
        if (nodeRows) {
            flush();
        }
        add(Map.of("start", (long) start, "end", (long) end, "type", type, "properties", properties), properties);
        if (rows.size() >= RELATIONSHIP_ROWS || characters >= MAX_CHARACTERS) {
            flush();
        }
    }

    /** Writes what is still pending. */
    void finish() {
        flush();
    }

    private void add(Map<String, Object> row, Map<String, Object> properties) {
        if (rows.isEmpty()) {
            firstLine = line.getAsInt();
        }
        lastLine = line.getAsInt();
        rows.add(row);
        characters += ValueCodec.estimatedSize(properties) + 64;
    }

    private void flush() {
        if (rows.isEmpty()) {
            return;
        }
        var statement = cypher.get(nodeRows ? "backup/create_nodes" : "backup/create_relationships");
        var what = nodeRows ? "nodes" : "relationships";
        long created;
        try (var session = driver.session()) {
            created = session.executeWrite(tx -> tx.run(statement, Map.of("rows", rows)).single().get("created")
                    .asLong());
        } catch (Neo4jException e) {
            throw new BackupFileException(firstLine, "Neo4j refused the " + what + " of lines " + firstLine + "-"
                    + lastLine + " (" + e.code() + ")");
        }
        if (created != rows.size()) {
            throw new BackupFileException(firstLine, "only " + created + " of the " + rows.size() + " " + what
                    + " of lines " + firstLine + "-" + lastLine + " could be written");
        }
        rows.clear();
        characters = 0;
        nodeRows = false;
    }
}
