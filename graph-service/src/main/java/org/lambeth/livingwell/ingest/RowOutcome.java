package org.lambeth.livingwell.ingest;

/**
 * What an import does (or, in a dry run, would do) with one row.
 *
 * @param assetId the asset the row creates or updates; null when refused before it had an id
 */
public record RowOutcome(long row, String sourceId, String assetId, Action action) {

    public enum Action {
        /** A new asset. */
        CREATE,
        /** The asset exists and the row changes it. */
        UPDATE,
        /** The asset exists and is already as the row says. */
        UNCHANGED,
        /** An editor retired this asset: the import does not bring it back. */
        SKIP_RETIRED,
        /** The row has problems (see the report's problems): with any refused row, nothing is written. */
        REFUSE
    }
}
