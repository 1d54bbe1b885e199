package org.lambeth.livingwell.export;

import java.time.Duration;

import org.lambeth.livingwell.security.Viewer;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * What every export download shares: its headers, the JSON factory of the streamed JSON exports, and how its reads
 * run.
 */
final class Downloads {

    /** An export streams for as long as the client reads; it is not held to the short limit of a search. */
    static final TransactionConfig TIME_LIMIT = TransactionConfig.builder().withTimeout(Duration.ofMinutes(10)).build();
    static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    /** Leaves the response's stream to the servlet container to close. */
    static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private Downloads() {
    }

    /** Marks the response as a file to save, with its media type; the body is written (streamed) after this. */
    static void attachment(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The caller; PUBLIC, the least, when the request carries none. */
    static Viewer viewer(Viewer viewer) {
        return viewer == null ? Viewer.anonymous("unknown") : viewer;
    }

    /** A parameter's value as an error message quotes it: at most 80 characters. */
    static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "...";
    }
}
