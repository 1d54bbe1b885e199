package org.lambeth.livingwell.ingest;

/** The file cannot be read at all (wrong encoding, not the format, truncated, no header...): nothing is imported. */
class ImportFileException extends RuntimeException {

    private final transient ImportProblem problem;

    ImportFileException(ImportProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
