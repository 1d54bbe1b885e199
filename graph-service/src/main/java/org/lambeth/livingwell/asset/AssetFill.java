package org.lambeth.livingwell.asset;

/** What of each asset a search answer fills in. */
public enum AssetFill {
    /** Every field, read from Neo4j for the page's assets. */
    FULL,
    /**
     * Only what the search index holds (id, name, place, categories, localities, free, visibility), for a selection
     * that asks for nothing else ({@code AssetSearchController.HELD_FIELDS}): a page the index ranked is then answered
     * without reading the assets' rows.
     */
    HELD
}
