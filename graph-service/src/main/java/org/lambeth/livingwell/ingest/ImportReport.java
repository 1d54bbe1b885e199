package org.lambeth.livingwell.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import did, or would do (a dry run): the counts, every row's outcome in file order, and every problem
 * (at most {@link #MAX_PROBLEMS} are kept; {@code problemCount} counts them all). {@code landed} is true when the
 * import was accepted and written (a file with nothing new lands, writing nothing); an import with any problem, or
 * a dry run, writes nothing. {@code phaseMillis} says where the time went: read (parsing the file), check (every
 * row), classify (finding the rows' assets in the graph), place (point-in-polygon), write (the statements of the one
 * transaction) and commit.
 */
public record ImportReport(ImportFormat format, String source, boolean dryRun, boolean landed, long rowCount,
        long created, long updated, long unchanged, long skippedRetired, long refused, List<ImportProblem> problems,
        long problemCount, List<RowOutcome> outcomes, Set<String> ignoredFields, long elapsedMillis,
        Map<String, Long> phaseMillis) {

    static final int MAX_PROBLEMS = 10_000;

    /** A file that could not be read at all. */
    static ImportReport unreadable(ImportRequest request, ImportProblem problem, long elapsedMillis) {
        return new ImportReport(request.format(), request.source(), request.dryRun(), false, 0, 0, 0, 0, 0, 0,
                List.of(problem), 1, List.of(), Set.of(), elapsedMillis, Map.of("read", elapsedMillis));
    }
}
