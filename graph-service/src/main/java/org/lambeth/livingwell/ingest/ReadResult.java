package org.lambeth.livingwell.ingest;

import java.util.List;
import java.util.Set;

/** What a reader found: the rows, in file order, and the fields it found but does not import. */
record ReadResult(List<RawRow> rows, Set<String> ignoredFields) {
}
