package org.lambeth.livingwell.backup;

/**
 * The last line of a backup file: what the file holds.
 *
 * @param counts its nodes and relationships, by label and type
 * @param checksum its {@link GraphChecksum content checksum}
 */
record BackupTrailer(GraphCounts counts, String checksum) {
}
