package org.lambeth.livingwell.backup;

import java.time.Instant;
import java.util.List;

/**
 * The first line of a backup file.
 *
 * @param version the format version
 * @param createdAt when the backup started
 * @param migrations the schema migration versions applied in the source
 * @param counts what the source held as the backup started (information only: the trailer's counts are checked)
 */
record BackupHeader(int version, Instant createdAt, List<Integer> migrations, GraphCounts counts) {
}
