package org.lambeth.livingwell.ingest;

/** Where a long import is: the command line shows it as progress bars; GraphQL ignores it. */
interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** A phase begins (checking, writing) with this many steps. */
    default void begin(String phase, long total) {
    }

    /** Steps done in the current phase. */
    default void advance(long steps) {
    }

    /** The current phase is over. */
    default void end() {
    }
}
