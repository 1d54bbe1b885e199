package org.lambeth.livingwell.ingest;

import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.geo.WgsCoordinate;

/**
 * A row that passed every check, as it will be stored.
 *
 * @param assetId the asset's id: {@code import:<source>:<sourceId>}, so that a re-import finds it again
 * @param props the asset's properties (its id, source, sourceId and importHash included; not its location)
 * @param organisation who runs it, or null
 * @param hash a digest of everything the row sets: equal hashes mean the stored asset is already as the row says
 */
record CheckedRow(long row, String sourceId, String assetId, Map<String, Object> props, List<String> categories,
        WgsCoordinate point, Organisation organisation, String hash) {

    /** An organisation named by a row: its id ({@code import:<source>:<its id or name>}) and name. */
    record Organisation(String id, String name) {
    }
}
