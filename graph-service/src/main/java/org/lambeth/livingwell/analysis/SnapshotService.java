package org.lambeth.livingwell.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.audit.AuditEvent;
import org.lambeth.livingwell.audit.AuditTrail;
import org.lambeth.livingwell.audit.AuditValues;
import org.lambeth.livingwell.audit.Audited;
import org.lambeth.livingwell.locality.LocalityView;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Dated snapshots of the network-strength figures, on demand and on a schedule, and the trend they make. Several
 * instances may run the schedule: a snapshot is keyed by its pair of localities and day, so they write one.
 */
@Service
public class SnapshotService {

    private static final Logger log = LoggerFactory.getLogger(SnapshotService.class);

    /** Who the audit trail records for the scheduled snapshots. */
    static final Viewer SCHEDULE = new Viewer("system:schedule", Role.LEAD, "internal", 0);

    private final NetworkStrengthAnalysis strength;
    private final AnalysisArguments arguments;
    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;
    private final AuditTrail audit;
    private final Clock clock;

    SnapshotService(NetworkStrengthAnalysis strength, AnalysisArguments arguments, Neo4jClient neo4j,
            CypherCatalogue cypher, AuditTrail audit) {
        this.strength = strength;
        this.arguments = arguments;
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.audit = audit;
        this.clock = Clock.systemDefaultZone();
    }

    /**
     * Computes the figures now and stores them as today's snapshot, recorded in the audit trail as
     * {@code networkSnapshot.take} by {@code viewer} (with the snapshot it replaced, if any, as before).
     */
    NetworkSnapshot takeSnapshot(List<String> between, Viewer viewer) {
        var report = strength.networkStrength(between, null, null, false);
        var sides = report.sides().stream().map(side -> side.locality().id()).toList();
        var today = LocalDate.now(clock);
        var id = NetworkSnapshot.id(sides, today);
        var parameters = Map.<String, Object>of("id", id, "takenOn", today, "between", sides,
                "figures", NetworkSnapshot.figures(report));
        return audit.write(viewer, tx -> {
            var row = tx.run(cypher.get("analysis/merge_network_snapshot"), parameters).single();
            var snapshot = NetworkSnapshot.fromMap(row.get("snapshot").asMap());
            return Audited.of(snapshot, new AuditEvent("networkSnapshot.take", "NetworkSnapshot", id,
                    AuditValues.plain(row.get("before")), AuditValues.plain(row.get("snapshot"))));
        });
    }

    List<NetworkSnapshot> history(List<String> between, LocalDate from, LocalDate to) {
        var sides = arguments.between(between).stream().map(LocalityView::id).toList();
        var parameters = new HashMap<String, Object>();
        parameters.put("between", sides);
        parameters.put("from", from);
        parameters.put("to", to);
        return List.copyOf(neo4j.query(cypher.get("analysis/list_network_snapshots")).bindAll(parameters)
                .fetchAs(NetworkSnapshot.class)
                .mappedBy((types, row) -> NetworkSnapshot.fromMap(row.get("snapshot").asMap())).all());
    }

    /** North and South Lambeth, on the configured schedule (weekly by default). */
    @Scheduled(cron = "${livingwell.analysis.snapshot-cron:0 0 3 * * MON}")
    void takeScheduledSnapshot() {
        var snapshot = takeSnapshot(AnalysisArguments.DEFAULT_SIDES, SCHEDULE);
        log.info("Network snapshot {} taken: {} independent paths, {} cross ties", snapshot.id(),
                snapshot.independentPaths(), snapshot.crossTies());
    }
}
