package org.lambeth.livingwell.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads a file and imports it over HTTP, as an editor's browser or a partner's script does. */
abstract class ImportTest extends GraphQlServiceTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String REPORT = """
            report { format source dryRun landed rowCount created updated unchanged skippedRetired refused
                     problemCount problems(first: 1000) { row field value reason }
                     rows(first: 1000) { row sourceId assetId action } ignoredFields }""";

    @Autowired
    Driver driver;

    /**
     * Removes what the test imported: the context (and its database) is shared with every other integration test,
     * and the network analyses' golden answers count organisations and whom they run.
     */
    @AfterEach
    void removeImported() {
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE (n:Asset OR n:RetiredAsset OR n:Organisation) AND n.id STARTS WITH 'import:' "
                    + "DETACH DELETE n").consume();
        }
    }

    String editorCookie() {
        return GraphQlHttp.login(port, new String[] {"editor", "editor-test-password"});
    }

    HttpResponse<String> upload(byte[] body, String cookie) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports/uploads"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads the file as the editor and imports it; the GraphQL response (data and errors). */
    JsonNode importFile(byte[] file, String format, String source, boolean dryRun, String defaultCategory) {
        var uploaded = upload(file, editorCookie());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        var uploadId = JSON.readTree(uploaded.body()).path("upload").asString();
        var input = new HashMap<String, Object>(Map.of("upload", uploadId, "format", format, "source", source,
                "dryRun", dryRun));
        if (defaultCategory != null) {
            input.put("defaultCategory", defaultCategory);
        }
        return graphql.as(Role.EDITOR).post("mutation($input: ImportAssetsInput!) { importAssets(input: $input) { "
                + REPORT + " } }", Map.of("input", input));
    }

    /** The report of an import that must not fail as a GraphQL request. */
    JsonNode report(byte[] file, String format, String source, boolean dryRun) {
        var response = importFile(file, format, source, dryRun, null);
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data").path("importAssets").path("report");
    }

    static byte[] resource(String name) {
        try (InputStream in = ImportTest.class.getResourceAsStream("/ingest/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long importedAssets(String source) {
        try (var session = driver.session()) {
            return session.run("MATCH (a:Asset {source: $source}) RETURN count(a) AS n", Map.of("source", source))
                    .single().get("n").asLong();
        }
    }
}
