package org.lambeth.livingwell.seed;

import java.util.Map;

/**
 * What a seed load did, and what the graph holds afterwards.
 *
 * @param nodesCreated nodes this load created (0 when everything was there already)
 * @param relationshipsCreated relationships this load created
 * @param propertiesSet property writes (MERGE ... SET counts a write even when the value is unchanged)
 * @param millis how long the load took
 * @param nodesByLabel the graph's node counts by label afterwards
 * @param relationshipsByType the graph's relationship counts by type afterwards
 */
public record SeedReport(int nodesCreated, int relationshipsCreated, int propertiesSet, long millis,
        Map<String, Long> nodesByLabel, Map<String, Long> relationshipsByType) {
}
