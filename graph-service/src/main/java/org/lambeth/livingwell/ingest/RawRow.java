package org.lambeth.livingwell.ingest;

import java.util.List;
import java.util.Map;

/**
 * One row as read from a file, before checking: its values by field name (see {@link ImportFields}), as text, and
 * the problems already found while reading it (a geometry that is not a point, say).
 */
record RawRow(long row, Map<String, String> values, List<ImportProblem> problems) {

    String value(String field) {
        return values.get(field);
    }
}
