package org.lambeth.livingwell.store;

import java.time.Duration;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure means the database cannot be reached now (stopped, restarting, the network between us and it
 * down), as opposed to a fault in the request or in the service: such a request is answered 503 with
 * {@link #MESSAGE}, never 500, and the client may retry after {@link #RETRY_AFTER}. The driver's pool reconnects by
 * itself once the database is back, so nothing here is remembered.
 */
public final class DatabaseUnavailable {

    /** The error's classification (GraphQL) or code (REST). */
    public static final String CODE = "DATABASE_UNAVAILABLE";
    public static final String MESSAGE = "The database is unavailable; try again shortly";
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseUnavailable() {
    }

    /** True when {@code failure} or one of its causes says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof Neo4jException neo4j && unavailableCode(neo4j.code())) {
                return true;
            }
        }
        return false;
    }

    /** The server's own word for a database that is stopping, starting or otherwise not serving. */
    private static boolean unavailableCode(String code) {
        return code != null && code.endsWith(".DatabaseUnavailable");
    }
}
