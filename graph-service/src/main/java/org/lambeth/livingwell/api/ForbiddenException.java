package org.lambeth.livingwell.api;

/** The caller may not see what it asked for. A GraphQL FORBIDDEN error. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
