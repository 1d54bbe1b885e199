package org.lambeth.livingwell.telemetry;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A request's id: the caller's {@code X-Request-Id} when it is short and plain ({@code [A-Za-z0-9._-]}, at most 64
 * characters, so a proxy's id can be followed through), else a new random one. Kept in the logging MDC under
 * {@link #MDC_KEY} while the request runs.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The request attribute holding the id (for async dispatches and the GraphQL interceptor). */
    public static final String ATTRIBUTE = RequestIds.class.getName();

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The caller's id if it is safe to log and echo, else a new one. */
    static String acceptOrMake(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : make();
    }

    static String make() {
        return UUID.randomUUID().toString();
    }
}
