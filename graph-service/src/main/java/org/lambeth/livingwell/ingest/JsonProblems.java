package org.lambeth.livingwell.ingest;

import tools.jackson.core.JacksonException;

/** A JSON file Jackson could not read, as the one problem an import reports: where, and why in plain words. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** @param row the row being read when it failed (0: the file as a whole) */
    static ImportFileException unreadable(JacksonException e, long row) {
        var location = e.getLocation();
        var where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr()
                + ")";
        if (Utf8Input.isEncodingError(e)) {
            return new ImportFileException(new ImportProblem(row, null, null, Utf8Input.notUtf8(where.strip())));
        }
        var message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("end-of-input")) {
            return new ImportFileException(new ImportProblem(row, null, null,
                    "the file ends too early" + where + ": it is truncated"));
        }
        return new ImportFileException(new ImportProblem(row, null, null, "not valid JSON" + where + ": "
                + message.lines().findFirst().orElse("")));
    }
}
