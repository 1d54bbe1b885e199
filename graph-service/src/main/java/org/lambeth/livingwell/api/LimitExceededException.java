package org.lambeth.livingwell.api;

/** A request went over a limit (time, size, cost). A GraphQL error naming the limit, never a 500. */
public class LimitExceededException extends RuntimeException {

    private final String limit;

    /**
     * @param limit a short name of the limit, e.g. {@code timeLimitSeconds}
     * @param message what was exceeded, for the person who sent the request
     */
    public LimitExceededException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    public String limit() {
        return limit;
    }
}
