package org.lambeth.livingwell.backup;

/** A restore that did not start, because the database is not fit for it; nothing was changed. */
class RestoreRefusedException extends RuntimeException {

    RestoreRefusedException(String message) {
        super(message + " Nothing was changed.");
    }
}
