package org.lambeth.livingwell.live;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The change feed, kept in the database so that every service instance sharing it sees every change: writers
 * {@link #append} a change inside their own transaction (so it lands, or not, with the write), readers list the
 * changes after a position.
 */
@Component
public class ChangeFeed {

    public static final String ASSETS = "assets";

    /** Where the feed is: its last position (0 before any change) and the oldest position kept (null when none). */
    record State(long position, Long oldest) {
    }

    private final Driver driver;
    private final CypherCatalogue cypher;

    ChangeFeed(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** Appends a change of the asset feed inside the writer's transaction; returns its position. */
    public long append(TransactionContext tx, ChangeKind kind, String assetId, int count, String source,
            Collection<String> visibilities) {
        var parameters = new HashMap<String, Object>();
        parameters.put("feed", ASSETS);
        parameters.put("kind", kind.name());
        parameters.put("assetId", assetId);
        parameters.put("count", count);
        parameters.put("source", source);
        parameters.put("visibilities", visibilities.stream().distinct().sorted().toList());
        parameters.put("at", OffsetDateTime.now(ZoneOffset.UTC));
        return tx.run(cypher.get("live/append_change"), parameters).single().get("position").asLong();
    }

    /** The feed's last position (0 before any change), in one indexed read. */
    long position() {
        try (var session = driver.session(Sessions.READ)) {
            return session.executeRead(tx -> tx.run(cypher.get("live/read_feed_position"), Map.of("feed", ASSETS))
                    .single().get("position").asLong());
        }
    }

    /** The last position and the oldest kept, for a subscriber that asks to replay from a position. */
    State state() {
        try (var session = driver.session(Sessions.READ)) {
            return session.executeRead(tx -> {
                var row = tx.run(cypher.get("live/read_change_feed"), Map.of("feed", ASSETS)).single();
                return new State(row.get("position").asLong(),
                        row.get("oldest").isNull() ? null : row.get("oldest").asLong());
            });
        }
    }

    public List<Change> after(long position, int limit) {
        try (var session = driver.session(Sessions.READ)) {
            return session.executeRead(tx -> tx.run(cypher.get("live/list_changes_after"),
                    Map.of("after", position, "limit", limit)).list(row -> new Change(row.get("position").asLong(),
                            ChangeKind.valueOf(row.get("kind").asString()),
                            row.get("assetId").isNull() ? null : row.get("assetId").asString(),
                            row.get("count").asInt(), row.get("source").isNull() ? null : row.get("source").asString(),
                            new ArrayList<>(row.get("visibilities").asList(value -> value.asString())),
                            row.get("at").asOffsetDateTime())));
        }
    }

    /** Deletes the changes committed before {@code before}; returns how many. */
    long prune(OffsetDateTime before, int batch) {
        long deleted = 0;
        long last;
        do {
            try (var session = driver.session()) {
                last = session.executeWrite(tx -> tx.run(cypher.get("live/delete_changes_before"),
                        Map.of("before", before, "limit", batch)).single().get("deleted").asLong());
            }
            deleted += last;
        } while (last == batch);
        return deleted;
    }
}
