package org.lambeth.livingwell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;

/** The map page's Content-Security-Policy and framing rules; CORS open on the public read API only. */
class HeadersIT extends GraphQlServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theMapPageHasAStrictContentSecurityPolicy() throws Exception {
        var response = get("/", "https://example.org");
        assertThat(response.statusCode()).isEqualTo(200);
        var csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void graphQlIsNotOpenToOtherSites() throws Exception {
        var preflight = preflight("/graphql", "POST");
        // no Access-Control-Allow-Origin: a browser on another site may not send the request nor read the answer
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }

    @Test
    void theOpenReferralReadApiIsOpenToAnySiteForReading() throws Exception {
        var preflight = preflight("/openreferral/services", "GET");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET")
                .doesNotContain("POST");
        var write = preflight("/openreferral/services", "POST");
        assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> get(String path, String origin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Origin", origin)
                .GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> preflight(String path, String method) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Origin", "https://partner.example.org").header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
