package org.lambeth.livingwell.analysis.networkmap;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lambeth.livingwell.analysis.AnalysisArguments;
import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.VisibilityAccess;
import org.lambeth.livingwell.viewer.Viewer;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Service;

/**
 * Reads the organisations' network in one statement ({@code analysis/project_network_map}) and lays it out for the
 * map: organisations at the centroid of the visible assets they run ({@link NetworkMapLayout}), each tie with the
 * sides of its ends, and the organisations that are articulation points of this network as key connectors.
 */
@Service
class NetworkMapService {

    /** The kinds the map can show, in the order answers list them. */
    static final List<String> MAP_KINDS = List.of("COLLABORATION", "COORDINATION", "CONTRACT", "ALLIANCE", "RUNS",
            "MEMBERSHIP");
    static final List<String> DEFAULT_KINDS = List.of("COLLABORATION", "COORDINATION", "CONTRACT", "ALLIANCE", "RUNS");
    private static final TransactionConfig TIME_LIMIT = TransactionConfig.builder().withTimeout(Duration.ofSeconds(30))
            .build();

    private final Driver driver;
    private final CypherCatalogue cypher;

    NetworkMapService(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    NetworkMap networkMap(List<String> kinds, LocalDate asOf, Viewer viewer) {
        var chosen = kinds(kinds);
        var parameters = new HashMap<String, Object>();
        parameters.put("visibility", VisibilityAccess.visibleTo(viewer));
        parameters.put("halves", AnalysisArguments.DEFAULT_SIDES);
        parameters.put("asOf", asOf);
        List<Record> rows;
        try (var session = driver.session(Sessions.READ)) {
            rows = session.executeRead(tx -> tx.run(cypher.get("analysis/project_network_map"), parameters).list(),
                    TIME_LIMIT);
        }
        return NetworkMapLayout.lay(rows, chosen, asOf);
    }

    private static Set<String> kinds(List<String> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            return new LinkedHashSet<>(DEFAULT_KINDS);
        }
        var refused = kinds.stream().filter(kind -> !MAP_KINDS.contains(kind)).toList();
        if (!refused.isEmpty()) {
            throw new InvalidArgumentException("kinds", "the map shows organisations' ties only, not " + refused);
        }
        var set = new LinkedHashSet<String>();
        MAP_KINDS.stream().filter(kinds::contains).forEach(set::add);
        return set;
    }
}
