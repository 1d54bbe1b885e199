package org.lambeth.livingwell.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.ingest.ImportFormat;
import org.lambeth.livingwell.ingest.ImportRequest;
import org.lambeth.livingwell.ingest.ImportService;
import org.lambeth.livingwell.security.AttackFixtures;
import org.lambeth.livingwell.security.TestTokens;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The metrics a Prometheus scraper reads (docs/operating.md): only with the ADMIN role, and after a search, a query
 * over a limit, a rate-limited request, a dry-run import and an analysis, each shows in its meter with its tags and
 * the expected count; the JVM and the embedded page cache are there; no person's name or id is.
 */
class PrometheusScrapeIT extends GraphQlServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ImportService imports;
    @Autowired
    Driver driver;

    @Test
    void onlyAdminMayScrape() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
        assertThat(get(TestTokens.token("scraper-editor", List.of("EDITOR"))).statusCode()).isEqualTo(403);
        var admin = get(TestTokens.token("prometheus", List.of("ADMIN")));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }

    @Test
    void eachOperationShowsInItsMeterAndNoPersonalDataDoes() throws Exception {
        var before = scrape();
        var search = Map.of("graphql_root_fields", "assets", "graphql_outcome", "SUCCESS",
                "graphql_operation_type", "query");
        var overLimit = Map.of("classification", "BAD_REQUEST", "limit", "maxRootFields");
        var refused = Map.of("limit", "apiKey");
        var created = Map.of("format", "CSV", "action", "created", "result", "dryRun");
        var analysis = Map.of("analysis", "networkStrength", "outcome", "success");

        graphql.data("query FindALibrary { assets(first: 3) { edges { node { id } } } }");
        var tooMany = new StringBuilder("{");
        for (int i = 0; i < 11; i++) {
            tooMany.append(" f").append(i).append(": me { role }");
        }
        var limited = graphql.post(tooMany.append(" }").toString());
        assertThat(limited.path("errors").get(0).path("extensions").path("limit").asString())
                .isEqualTo("maxRootFields");
        var key = AttackFixtures.apiKey(graphql.as(Role.ADMIN), "metrics partner", Role.PUBLIC, 2);
        var statuses = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 3; i++) {
            statuses.add(graphql.with("X-Api-Key", key).exchange("{ me { role } }", Map.of()).statusCode());
        }
        assertThat(statuses).containsExactly(200, 200, 429);
        var report = imports.run(new ImportRequest(ImportFormat.CSV, "metrics-dry-run", true, null),
                new ByteArrayInputStream(csv()), Viewer.anonymous("127.0.0.1"));
        assertThat(report.created()).isPositive();
        graphql.as(Role.PEER_SUPPORTER).data("{ networkStrength { crossTies } }");

        var after = scrape();
        assertThat(after.sum("graphql_request_seconds_count", search)
                - before.sum("graphql_request_seconds_count", search)).isEqualTo(1);
        assertThat(after.has("graphql_request_seconds_bucket")).as("latency histogram").isTrue();
        assertThat(after.sum("livingwell_graphql_errors_total", overLimit)
                - before.sum("livingwell_graphql_errors_total", overLimit)).isEqualTo(1);
        assertThat(after.sum("livingwell_ratelimit_refusals_total", refused)
                - before.sum("livingwell_ratelimit_refusals_total", refused)).isEqualTo(1);
        assertThat(after.sum("livingwell_import_rows_total", created)
                - before.sum("livingwell_import_rows_total", created)).isEqualTo(report.created());
        assertThat(after.sum("livingwell_analysis_duration_seconds_count", analysis)
                - before.sum("livingwell_analysis_duration_seconds_count", analysis)).isEqualTo(1);
        assertThat(after.has("livingwell_analysis_duration_seconds_bucket")).isTrue();
        assertThat(after.has("livingwell_live_delivery_lag_seconds_count")).isTrue();
        assertThat(after.sum("jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(after.sum("neo4j_pagecache_hits_total", Map.of())).isPositive();
        assertThat(after.sum("neo4j_pagecache_used_bytes", Map.of())).isPositive();
        assertThat(after.sum("neo4j_pagecache_hit_ratio", Map.of())).isBetween(0.0, 1.0);

        for (var needle : personalData()) {
            assertThat(after.text()).as("the scrape holds no personal data").doesNotContain(needle);
        }
        assertThat(after.text()).doesNotContain("FindALibrary").doesNotContain("metrics-dry-run")
                .doesNotContain("metrics partner");
    }

    private List<String> personalData() {
        try (var session = driver.session()) {
            var names = session.run("MATCH (p:Person) RETURN p.displayName AS name, p.id AS id ORDER BY p.id LIMIT 5")
                    .list(r -> List.of(r.get("name").asString(), r.get("id").asString()));
            assertThat(names).isNotEmpty();
            return names.stream().flatMap(List::stream).toList();
        }
    }

    private static byte[] csv() throws IOException {
        try (var in = PrometheusScrapeIT.class.getResourceAsStream("/ingest/assets.csv")) {
            return in.readAllBytes();
        }
    }

    private PrometheusScrape scrape() throws Exception {
        var response = get(TestTokens.token("prometheus", List.of("ADMIN")));
        assertThat(response.statusCode()).isEqualTo(200);
        return new PrometheusScrape(response.body());
    }

    private HttpResponse<String> get(String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
