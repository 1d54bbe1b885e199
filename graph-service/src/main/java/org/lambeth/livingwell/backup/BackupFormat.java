package org.lambeth.livingwell.backup;

import java.util.Set;

/**
 * The backup file, format {@value #NAME} version {@value #VERSION}: gzip'd UTF-8 JSON Lines, one JSON object a line,
 * in this order.
 * <ol>
 * <li>Line 1, the header: {@code {"format":"living-well-map-backup","version":1,"createdAt":"2026-05-01T02:00:00Z",
 * "migrations":[1,2,...],"nodes":N,"relationships":M,"nodesByLabel":{"Asset":414,...},"relationshipsByType":{...}}}.
 * {@code migrations} are the schema migration versions applied in the source; a restore refuses a database that
 * lacks any of them. The counts were taken as the backup started (for a reader's information; the trailer's are
 * authoritative).</li>
 * <li>One line per node: {@code {"node":0,"labels":["Asset"],"properties":{...}}}, numbered 0, 1, 2... in file
 * order. The number means something only inside the file.</li>
 * <li>One line per relationship, after every node: {@code {"start":0,"end":17,"type":"LOCATED_IN","properties":{}}},
 * its endpoints by node number.</li>
 * <li>The last line, the trailer: {@code {"trailer":true,"nodes":N,"relationships":M,"nodesByLabel":{...},
 * "relationshipsByType":{...},"checksum":"<64 hex digits>"}}: what the file holds and its {@link GraphChecksum content
 * checksum}. A file without it is incomplete.</li>
 * </ol>
 * Property values ({@link ValueCodec}): strings, integers (Neo4j's 64-bit INTEGER), finite floats (FLOAT, always
 * written with a decimal point or exponent) and booleans are plain JSON; every other type is a one-key object naming
 * it: {@code {"double":"NaN"}} (also {@code "Infinity"}, {@code "-Infinity"}), {@code {"bytes":"<base64>"}},
 * {@code {"point":[srid,x,y]}} or {@code [srid,x,y,z]}, {@code {"date":"2024-05-01"}}, {@code {"localtime":"10:00"}},
 * {@code {"time":"10:00+01:00"}}, {@code {"localdatetime":"2024-05-01T10:00"}},
 * {@code {"datetime":"2024-05-01T10:00+01:00[Europe/London]"}} (zone id kept, or an offset only when the value has
 * one), {@code {"duration":[months,days,seconds,nanoseconds]}}. Lists are JSON arrays of these. Labels and property
 * keys are written sorted.
 * <p>
 * Everything is included but the migration bookkeeping ({@code :__Neo4jMigration}, {@code :__Neo4jMigrationsLock}):
 * the schema (constraints, indexes) comes from the migrations, which the restoring service applies first.
 */
final class BackupFormat {

    static final String NAME = "living-well-map-backup";
    static final int VERSION = 1;

    /** Labels that are never backed up nor restored. */
    static final Set<String> BOOKKEEPING_LABELS = Set.of("__Neo4jMigration", "__Neo4jMigrationsLock");

    /** A restore marks what it writes with this label and key until it has verified the result. */
    static final String RESTORING_LABEL = "__Restoring";
    static final String RESTORE_KEY = "__restoreKey";

    /** Names a file may not use: they would pose as bookkeeping or as a restore's marks. */
    static boolean reservedLabel(String label) {
        return BOOKKEEPING_LABELS.contains(label) || label.equals(RESTORING_LABEL);
    }

    private BackupFormat() {
    }
}
