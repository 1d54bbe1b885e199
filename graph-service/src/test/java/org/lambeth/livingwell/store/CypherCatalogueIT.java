package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.asset.SearchPlan;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every statement in queries/cypher is EXPLAINed against the migrated schema: plain statements as they are, templates
 * once for each entry fragment they can be filled with (fragments, named {@code _*.cypher}, only inside templates).
 * Statements that search by place must seek the point index. Those in a {@code system/} folder (user administration)
 * are EXPLAINed against the system database, where they run.
 */
@ServiceIT
class CypherCatalogueIT {

    private static final String SEARCH = "asset/search/_";

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalogue catalogue;

    @Test
    void everyStatementPlansAndSpatialOnesUseThePointIndex() throws Exception {
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/**/*.cypher");
        assertThat(resources).hasSizeGreaterThan(20);
        var checkedSpatial = new ArrayList<String>();
        int explained = 0;
        try (var session = driver.session();
                var system = driver.session(SessionConfig.forDatabase("system"))) {
            for (var resource : resources) {
                var path = resource.getURL().getPath();
                var name = path.substring(path.lastIndexOf("/cypher/") + "/cypher/".length(), path.length() - 7);
                if (name.substring(name.lastIndexOf('/') + 1).startsWith("_")) {
                    continue;
                }
                var text = resource.getContentAsString(StandardCharsets.UTF_8);
                for (var variant : variants(name, text).entrySet()) {
                    var plan = (name.contains("/system/") ? system : session).run("EXPLAIN " + variant.getValue())
                            .consume().plan();
                    assertThat(plan).as(variant.getKey()).isNotNull();
                    explained++;
                    if (SearchPlan.SPATIAL_ENTRIES.stream().anyMatch(e -> variant.getKey().endsWith("+" + e))) {
                        assertThat(operators(plan)).as(variant.getKey() + " operators")
                                .anyMatch(op -> op.contains("NodeIndexSeek") && op.contains("POINT INDEX a:Asset(location)"));
                        checkedSpatial.add(variant.getKey());
                    }
                }
            }
        }
        assertThat(explained).isGreaterThan(40);
        // the four search templates, each with both spatial entries
        assertThat(checkedSpatial).hasSize(8);
    }

    /** The statement itself, or a template filled with each entry (name + "+" + entry). */
    private Map<String, String> variants(String name, String text) {
        var variants = new HashMap<String, String>();
        boolean columns = text.contains("// @columns");
        if (!text.contains("// @entry")) {
            variants.put(name, columns ? catalogue.expand(name, Map.of("columns", SEARCH + "asset_columns")) : text);
            return variants;
        }
        for (var entry : SearchPlan.ENTRIES) {
            var fragments = new HashMap<String, String>(Map.of("entry", SEARCH + "from_" + entry, "filter",
                    SEARCH + "filter"));
            if (columns) {
                fragments.put("columns", SEARCH + "asset_columns");
            }
            if (text.contains("// @order")) {
                fragments.put("order", SEARCH + "order_" + switch (entry) {
                    case "text" -> "relevance";
                    case "near" -> "distance";
                    case "all" -> "recently_updated";
                    default -> "name";
                });
            }
            variants.put(name + "+" + entry, catalogue.expand(name, fragments));
        }
        return variants;
    }

    private static List<String> operators(Plan plan) {
        var names = new ArrayList<String>();
        names.add(plan.operatorType() + " " + plan.arguments());
        plan.children().forEach(child -> names.addAll(operators(child)));
        return names;
    }
}
