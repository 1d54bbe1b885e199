package org.lambeth.livingwell.backup;

/**
 * What a backup or restore did.
 *
 * @param counts the nodes and relationships written, by label and type
 * @param checksum their content checksum
 * @param skippedRelationships relationships left out because their node was created while the backup read
 * @param millis how long it took
 */
record BackupSummary(GraphCounts counts, String checksum, long skippedRelationships, long millis) {

    /** Nodes and relationships handled a second. */
    long itemsPerSecond() {
        return (counts.nodes() + counts.relationships()) * 1000 / Math.max(1, millis);
    }

    String describe() {
        return counts.nodes() + " nodes and " + counts.relationships() + " relationships in " + millis + " ms ("
                + itemsPerSecond() + " a second), checksum " + checksum;
    }
}
