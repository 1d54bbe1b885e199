package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every statement in queries/cypher is EXPLAINed against the migrated schema; spatial ones must seek the index. */
@ServiceIT
class CypherCatalogueIT {

    private static final Set<String> SPATIAL = Set.of("asset/find_assets_near.cypher", "asset/count_assets_near.cypher");

    @Autowired
    Driver driver;

    @Test
    void everyStatementPlansAndSpatialOnesUseThePointIndex() throws Exception {
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/**/*.cypher");
        assertThat(resources).hasSizeGreaterThan(20);
        var checkedSpatial = new ArrayList<String>();
        try (var session = driver.session()) {
            for (var resource : resources) {
                var path = resource.getURL().getPath();
                var name = path.substring(path.lastIndexOf("/cypher/") + "/cypher/".length());
                var plan = session.run("EXPLAIN " + resource.getContentAsString(StandardCharsets.UTF_8))
                        .consume().plan();
                assertThat(plan).as(name).isNotNull();
                if (SPATIAL.contains(name)) {
                    assertThat(operators(plan)).as(name + " operators").anyMatch(op -> op.contains("IndexSeekByRange")
                            || op.contains("PointDistance") || op.contains("NodeIndexSeek"));
                    checkedSpatial.add(name);
                }
            }
        }
        assertThat(checkedSpatial).containsExactlyInAnyOrderElementsOf(SPATIAL);
    }

    private static List<String> operators(Plan plan) {
        var names = new ArrayList<String>();
        names.add(plan.operatorType() + " " + plan.arguments());
        plan.children().forEach(child -> names.addAll(operators(child)));
        return names;
    }
}
