package org.lambeth.livingwell.export;

import java.time.Duration;

import org.lambeth.livingwell.viewer.Viewer;
import org.neo4j.driver.TransactionConfig;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * What every export download shares: the JSON factory of the streamed JSON exports, and how long its reads may
 * run (the headers are api.Attachment's).
 */
final class Downloads {

    /** An export streams for as long as the client reads; it is not held to the short limit of a search. */
    static final TransactionConfig TIME_LIMIT = TransactionConfig.builder().withTimeout(Duration.ofMinutes(10)).build();
    /** Leaves the response's stream to the servlet container to close. */
    static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private Downloads() {
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
