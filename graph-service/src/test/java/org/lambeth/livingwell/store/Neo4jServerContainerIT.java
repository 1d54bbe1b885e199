package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.LivingWellMapApplication;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The service against a real Neo4j server image: migrations and seeds run over Bolt, GraphQL answers from it.
 * Needs a Docker engine; skipped (not failed) where none runs, as on the build machines here.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jServerContainerIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("living-well-test");

    @Test
    void theServiceMigratesSeedsAndServesFromAnExternalServer() {
        try (var service = new SpringApplicationBuilder(LivingWellMapApplication.class)
                .properties(Map.of("NEO4J_URI", NEO4J.getBoltUrl(), "NEO4J_USERNAME", "neo4j",
                        "NEO4J_PASSWORD", "living-well-test", "server.port", "0"))
                .run()) {
            assertThat(service.getBeansOfType(DatabaseManagementService.class)).isEmpty();
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            var wards = new GraphQlHttp(port).data("{ localities(kind: WARD) { id } }", Map.of()).path("localities");
            assertThat(wards.size()).isEqualTo(25);
        }
    }
}
