package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.LivingWellMapApplication;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The external-server path: a second instance given NEO4J_URI starts no database of its own and serves the first
 * instance's graph, signed in with the first one's password file; with a wrong password it does not start.
 */
@ServiceIT
class ExternalNeo4jIT {

    @Autowired
    Neo4jConnectionDetails embedded;

    @Autowired
    EmbeddedNeo4jProperties properties;

    @Test
    void aSecondInstanceWithNeo4jUriUsesThatServer() {
        var uri = embedded.getUri().toString();
        try (var second = new SpringApplicationBuilder(LivingWellMapApplication.class)
                .properties(Map.of("NEO4J_URI", uri, "NEO4J_USERNAME", "neo4j",
                        "NEO4J_PASSWORD_FILE", properties.passwordFile().toString(),
                        "server.port", "0", "spring.main.banner-mode", "off"))
                .run()) {
            assertThat(second.getBeansOfType(DatabaseManagementService.class)).isEmpty();
            assertThat(second.getBean(Neo4jConnectionDetails.class).getUri().toString()).isEqualTo(uri);
            // an external server's commits cannot be seen from the instance: its readers ask the database each time
            assertThat(second.getBean(CommitMarks.class).settled()).isEqualTo(CommitMarks.NONE);
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            var wards = new GraphQlHttp(port).data("{ localities(kind: WARD) { id } }", Map.of()).path("localities");
            assertThat(wards.size()).isEqualTo(25);
        }
    }

    @Test
    void aWrongPasswordStopsTheStart() {
        var start = new SpringApplicationBuilder(LivingWellMapApplication.class)
                .properties(Map.of("NEO4J_URI", embedded.getUri().toString(), "NEO4J_USERNAME", "neo4j",
                        "NEO4J_PASSWORD", "not-the-password", "server.port", "0", "spring.main.banner-mode", "off",
                        "livingwell.search.warm-up", "false"));
        assertThatThrownBy(() -> start.run().close())
                .hasRootCauseInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
    }
}
