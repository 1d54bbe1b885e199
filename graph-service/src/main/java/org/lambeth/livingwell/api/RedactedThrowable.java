package org.lambeth.livingwell.api;

import java.util.IdentityHashMap;
import java.util.Map;

import org.neo4j.driver.exceptions.Neo4jException;

/**
 * A copy of an exception fit for a log: each class in the cause chain with its stack trace, and a Neo4j status code
 * where there is one, but no message. Messages may hold values (a Neo4j constraint error quotes the property value, a
 * parse error the input), and values may be people's data.
 */
public final class RedactedThrowable extends RuntimeException {

    private RedactedThrowable(String description, RedactedThrowable cause, StackTraceElement[] stackTrace) {
        super(description, cause, false, true);
        setStackTrace(stackTrace);
    }

    /** The chain of {@code ex}, classes and stack traces only. */
    public static RedactedThrowable of(Throwable ex) {
        return of(ex, new IdentityHashMap<>());
    }

    private static RedactedThrowable of(Throwable ex, Map<Throwable, Boolean> seen) {
        seen.put(ex, true);
        var cause = ex.getCause();
        var redactedCause = cause == null || seen.containsKey(cause) ? null : of(cause, seen);
        return new RedactedThrowable(describe(ex), redactedCause, ex.getStackTrace());
    }

    /** The class, and the Neo4j status code (a fixed code such as Neo.ClientError.Schema...) when there is one. */
    static String describe(Throwable ex) {
        var name = ex.getClass().getName();
        if (ex instanceof Neo4jException neo4j && neo4j.code() != null) {
            return name + " [" + neo4j.code() + "] (message withheld)";
        }
        return name + " (message withheld)";
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
