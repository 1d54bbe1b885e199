package org.lambeth.livingwell.backup;

import java.io.UncheckedIOException;

import org.neo4j.driver.exceptions.Neo4jException;

/** What a command prints about a failure: our own messages whole; others by class (and Neo4j's code) only. */
final class CommandMessages {

    private CommandMessages() {
    }

    static String of(RuntimeException e) {
        return switch (e) {
            case BackupFileException file -> "the file, " + file.getMessage();
            case RestoreRefusedException refused -> refused.getMessage();
            case UncheckedIOException io -> io.getCause().getClass().getSimpleName() + ": " + io.getCause().getMessage();
            case Neo4jException neo4j -> neo4j.getClass().getSimpleName() + " " + neo4j.code();
            case IllegalStateException state when state.getMessage() != null -> state.getMessage();
            default -> e.getClass().getSimpleName();
        };
    }
}
