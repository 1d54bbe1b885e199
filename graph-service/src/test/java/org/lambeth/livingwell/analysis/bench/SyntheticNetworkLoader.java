package org.lambeth.livingwell.analysis.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.lambeth.livingwell.support.QueryPlans;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/**
 * Writes a {@link SyntheticNetwork} through the Neo4j Driver with batched {@code UNWIND} statements, one transaction
 * a chunk of rows, values passed only as parameters. Every node and relationship it creates carries
 * {@code bench: true}. The store is fresh, so it CREATEs rather than MERGEs (ids are still unique: the schema's
 * constraints check them).
 */
final class SyntheticNetworkLoader {

    static final String CREATE_PEOPLE = """
            UNWIND $rows AS row
            MATCH (w:Locality {id: row.ward})
            CREATE (p:Person {id: row.id, displayName: row.name, role: 'COMMUNITY_MEMBER', bench: true})
            CREATE (p)-[:LOCATED_IN {bench: true}]->(w)""";

    static final String CREATE_ORGANISATIONS = """
            UNWIND $rows AS row
            CREATE (:Organisation {id: row.id, name: row.name, bench: true})""";

    static final String CREATE_WORKS_WITH = """
            UNWIND $rows AS row
            MATCH (a:Organisation {id: row.from})
            MATCH (b:Organisation {id: row.to})
            CREATE (a)-[:WORKS_WITH {kind: row.kind, since: row.since, until: row.until, strength: row.strength,
                                     bench: true}]->(b)""";

    static final String CREATE_MEMBER_OF = """
            UNWIND $rows AS row
            MATCH (p:Person {id: row.from})
            MATCH (o:Organisation {id: row.to})
            CREATE (p)-[:MEMBER_OF {since: row.since, until: row.until, strength: row.strength, bench: true}]->(o)""";

    static final String CREATE_KNOWS = """
            UNWIND $rows AS row
            MATCH (a:Person {id: row.from})
            MATCH (b:Person {id: row.to})
            CREATE (a)-[:KNOWS {since: row.since, until: row.until, strength: row.strength, bench: true}]->(b)""";

    /** Rows, transactions and time of one statement. */
    record Step(String name, long rows, long nodesCreated, long relationshipsCreated, int transactions,
            long nanos) {

        double rowsPerSecond() {
            return rows / (nanos / 1e9);
        }
    }

    private final Driver driver;
    private final int chunk;
    private final BenchReport report;

    SyntheticNetworkLoader(Driver driver, int chunk, BenchReport report) {
        this.driver = driver;
        this.chunk = chunk;
        this.report = report;
    }

    List<Step> load(SyntheticNetwork network) {
        var steps = new ArrayList<Step>();
        steps.add(write("Person + LOCATED_IN", CREATE_PEOPLE, network.people, p -> Map.of(
                "id", SyntheticNetwork.personId(p), "name", "Bench person " + p,
                "ward", network.wards.get(network.personWard[p]).id())));
        steps.add(write("Organisation", CREATE_ORGANISATIONS, network.organisations, o -> Map.of(
                "id", SyntheticNetwork.organisationId(o), "name", "Bench organisation " + o)));
        steps.add(write("WORKS_WITH", CREATE_WORKS_WITH, network.worksWith.size,
                i -> tieRow(network.worksWith, i, SyntheticNetwork::organisationId, SyntheticNetwork::organisationId,
                        SyntheticNetwork.WORKS_WITH_KINDS[network.worksWith.kind[i]])));
        steps.add(write("MEMBER_OF", CREATE_MEMBER_OF, network.memberships.size,
                i -> tieRow(network.memberships, i, SyntheticNetwork::personId, SyntheticNetwork::organisationId,
                        null)));
        steps.add(write("KNOWS", CREATE_KNOWS, network.knows.size,
                i -> tieRow(network.knows, i, SyntheticNetwork::personId, SyntheticNetwork::personId, null)));
        return steps;
    }

    /** The operators of the statement's plan, leaves last. */
    private String plan(String statement) {
        return QueryPlans.describe(driver, statement, Map.of("rows", List.of()));
    }

    private static Map<String, Object> tieRow(SyntheticNetwork.Ties ties, int i, IntFunction<String> fromId,
            IntFunction<String> toId, String kind) {
        var row = HashMap.<String, Object>newHashMap(6);
        row.put("from", fromId.apply(ties.from[i]));
        row.put("to", toId.apply(ties.to[i]));
        row.put("since", ties.sinceDate(i));
        var until = ties.untilDate(i);
        if (until != null) {
            row.put("until", until); // absent: row.until is null and CREATE sets no property
        }
        row.put("strength", (double) ties.strength[i]);
        if (kind != null) {
            row.put("kind", kind);
        }
        return row;
    }

    private Step write(String name, String statement, int rows, IntFunction<Map<String, Object>> row) {
        report.line("  plan of %s: %s", name, plan(statement));
        long started = System.nanoTime();
        long nodes = 0;
        long relationships = 0;
        int transactions = 0;
        var config = TransactionConfig.builder().withTimeout(Duration.ofMinutes(10)).build();
        try (var session = driver.session()) {
            for (int from = 0; from < rows; from += chunk) {
                int to = Math.min(rows, from + chunk);
                var batch = new ArrayList<Map<String, Object>>(to - from);
                for (int i = from; i < to; i++) {
                    batch.add(row.apply(i));
                }
                var counters = session.executeWrite(tx -> tx.run(statement, Map.of("rows", batch)).consume(),
                        config).counters();
                nodes += counters.nodesCreated();
                relationships += counters.relationshipsCreated();
                transactions++;
                if (transactions % 50 == 0) {
                    report.progress("  %s: %,d of %,d rows, %.0f s", name, to, rows,
                            (System.nanoTime() - started) / 1e9);
                }
            }
        }
        var step = new Step(name, rows, nodes, relationships, transactions, System.nanoTime() - started);
        report.line("  load %-20s %,10d rows in %4d tx  %8.1f s  %,9.0f rows/s  (+%,d nodes, +%,d rels)", name,
                step.rows(), step.transactions(), step.nanos() / 1e9, step.rowsPerSecond(), nodes, relationships);
        return step;
    }
}
