package org.lambeth.livingwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlHttp;

/** GET /api/admin/audit.csv: the same entries as auditTrail, as CSV, for ADMIN only. */
class AuditCsvIT extends AuditedAssetTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private HttpResponse<String> get(String query, String cookie) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/audit.csv" + query));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String adminCookie() {
        return GraphQlHttp.login(port, new String[] {"admin", "admin-test-password"});
    }

    @Test
    void theExportHoldsTheEntriesAuditTrailShowsNewestFirst() throws Exception {
        var response = get("?targetId=" + assetId, adminCookie());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("audit.csv");
        var parser = READ.parse(new StringReader(response.body()));
        assertThat(parser.getHeaderNames()).containsExactly("at", "actor", "role", "action", "targetType",
                "targetId", "before", "after");
        List<CSVRecord> rows = parser.getRecords();
        var edges = trail(Map.of("targetId", assetId), 50, null).path("edges");
        assertThat(rows).hasSize(3).hasSize(edges.size());
        for (int i = 0; i < rows.size(); i++) {
            var node = edges.get(i).path("node");
            var row = rows.get(i);
            assertThat(OffsetDateTime.parse(row.get("at")))
                    .isEqualTo(OffsetDateTime.parse(node.path("at").asString()));
            for (var column : List.of("actor", "role", "action", "targetType", "targetId")) {
                assertThat(row.get(column)).as(column).isEqualTo(node.path(column).asString());
            }
            assertThat(row.get("before")).isEqualTo(node.path("before").isNull() ? "" : node.path("before").asString());
            assertThat(row.get("after")).isEqualTo(node.path("after").asString());
        }
        assertThat(rows.get(2).get("action")).isEqualTo("asset.add");
        assertThat(rows.get(0).get("after")).contains("Audit trail test, renamed again");
    }

    @Test
    void theExportTakesTheSameFilters() throws Exception {
        var cookie = adminCookie();
        var updates = READ.parse(new StringReader(get("?action=asset.update&actor=editor&targetId=" + assetId, cookie)
                .body())).getRecords();
        assertThat(updates).hasSize(2).allMatch(row -> row.get("action").equals("asset.update"));
        var middle = trail(Map.of("targetId", assetId), 50, null).path("edges").get(1).path("node").path("at")
                .asString();
        var since = get("?targetId=" + assetId + "&from=" + URLEncoder.encode(middle, StandardCharsets.UTF_8),
                cookie);
        assertThat(READ.parse(new StringReader(since.body())).getRecords()).hasSize(2);
        assertThat(get("?from=yesterday", cookie).statusCode()).isEqualTo(400);
        var backwards = get("?from=" + URLEncoder.encode(middle, StandardCharsets.UTF_8) + "&to="
                + URLEncoder.encode(middle, StandardCharsets.UTF_8), cookie);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).startsWith("to:");
    }

    @Test
    void onlyAdminsMayExport() throws Exception {
        assertThat(get("", null).statusCode()).isIn(401, 403);
        var editor = GraphQlHttp.login(port, new String[] {"editor", "editor-test-password"});
        assertThat(get("", editor).statusCode()).isEqualTo(403);
    }
}
