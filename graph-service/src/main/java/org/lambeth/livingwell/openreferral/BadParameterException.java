package org.lambeth.livingwell.openreferral;

/** A query parameter the feed cannot use: answered 400 with the parameter, the value sent and the problem. */
class BadParameterException extends RuntimeException {

    private static final int MAX_ECHO = 100;

    private final String parameter;
    private final String value;

    BadParameterException(String parameter, String value, String problem) {
        super(problem, null, false, false);
        this.parameter = parameter;
        this.value = value == null || value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "...";
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }
}
