package org.lambeth.livingwell.store;

/**
 * Tells, without a round trip, whether anything may have been written to the service's database since an earlier
 * look: with the embedded database, from its own transaction counters; with an external server, it cannot tell, and a
 * reader must ask the database each time.
 */
@FunctionalInterface
public interface CommitMarks {

    /** "Cannot tell": never equal to a mark seen before. */
    long NONE = -1;

    /**
     * A mark that is the same at two looks only when no transaction committed between them and every transaction
     * committed before the first look could already be read by a transaction begun after it; {@link #NONE} when that
     * cannot be told now (a commit still being applied, or an external server).
     */
    long settled();
}
