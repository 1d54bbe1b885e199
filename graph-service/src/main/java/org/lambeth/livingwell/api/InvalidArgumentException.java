package org.lambeth.livingwell.api;

/**
 * A client sent a bad argument. Becomes a GraphQL error of type BAD_REQUEST naming the argument (never a 500).
 */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;
    private final String problem;

    /**
     * @param argument the argument's path, e.g. {@code near.postcode} or {@code radiusMetres}
     * @param problem what is wrong with it, written for the person who sent it
     */
    public InvalidArgumentException(String argument, String problem) {
        super(argument + ": " + problem);
        this.argument = argument;
        this.problem = problem;
    }

    /** What is wrong, without the argument's path. */
    public String problem() {
        return problem;
    }

    public String argument() {
        return argument;
    }
}
