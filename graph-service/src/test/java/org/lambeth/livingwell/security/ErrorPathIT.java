package org.lambeth.livingwell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;

import tools.jackson.databind.json.JsonMapper;

/** Issue 19, defect 7: {@code GET /error} answered HTTP 500 {@code {"status":999}}; it is a path like any unknown one. */
class ErrorPathIT extends GraphQlServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        for (var path : new String[] {"/error", "/error/", "/error?x=1"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            var error = JSON.readTree(response.body()).path("errors").path(0);
            assertThat(error.path("extensions").path("classification").asString()).as(path).isEqualTo("NOT_FOUND");
            assertThat(response.body()).as(path).doesNotContain("999");
        }
    }

    @Test
    void realErrorsStillReachTheErrorPage() throws Exception {
        // an unknown path is forwarded to the error page by the container: still a 404, not the filter's refusal
        var unknown = get("/no-such-page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("There is no page at this path");
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
