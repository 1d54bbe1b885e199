package org.lambeth.livingwell.analysis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

import org.lambeth.livingwell.analysis.graph.Tie;
import org.lambeth.livingwell.analysis.graph.TieNode;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/** Reads the network into memory with one Cypher statement (queries/cypher/analysis/project_network.cypher). */
@Component
class NetworkProjector {

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final AnalysisProperties properties;

    NetworkProjector(Driver driver, CypherCatalogue cypher, AnalysisProperties properties) {
        this.driver = driver;
        this.cypher = cypher;
        this.properties = properties;
    }

    Projection project(List<String> sides, String scope, LocalDate asOf) {
        var parameters = new HashMap<String, Object>();
        parameters.put("sides", sides);
        parameters.put("scope", scope);
        parameters.put("asOf", asOf);
        var config = TransactionConfig.builder().withTimeout(Duration.ofSeconds(properties.timeLimitSeconds()))
                .build();
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var members = new ArrayList<TieNode>();
                var inScope = new HashSet<String>();
                var ties = new ArrayList<Tie>();
                tx.run(cypher.get("analysis/project_network"), parameters).forEachRemaining(row -> {
                    if (row.get("row").asString().equals("member")) {
                        var id = row.get("a").asString();
                        members.add(new TieNode(id, row.get("kind").asString(), row.get("side").asString(null),
                                row.get("label").asString(null)));
                        if (row.get("inScope").asBoolean(false)) {
                            inScope.add(id);
                        }
                        checkSize(members.size());
                    } else if (!row.get("kind").isNull()) {
                        ties.add(new Tie(row.get("a").asString(), row.get("b").asString(), row.get("kind").asString(),
                                strength(row.get("strength").asDouble(1.0))));
                    }
                });
                // a stable order, so that analyses with a seed (communities) answer the same every time
                members.sort(java.util.Comparator.comparing(TieNode::id));
                ties.sort(java.util.Comparator.comparing(Tie::from).thenComparing(Tie::to).thenComparing(Tie::kind));
                return new Projection(members, inScope, ties);
            }, config);
        }
    }

    /** A strength that is missing, not a number or not positive counts as unknown: 1. */
    static double strength(double stored) {
        return Double.isFinite(stored) && stored > 0 ? stored : 1.0;
    }

    private void checkSize(int members) {
        if (members > properties.maxMembers()) {
            throw new AnalysisLimitException("maxMembers", "the network has more than " + properties.maxMembers()
                    + " members, the most an analysis accepts (livingwell.analysis.max-members)");
        }
    }
}
