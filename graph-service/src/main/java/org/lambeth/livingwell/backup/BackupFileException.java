package org.lambeth.livingwell.backup;

/** A backup file that cannot be restored, or a restore that failed, at a line of the file (1 is the header). */
class BackupFileException extends RuntimeException {

    private final int line;
    private final String problem;

    BackupFileException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    int line() {
        return line;
    }

    /** The message without its line number. */
    String problem() {
        return problem;
    }
}
