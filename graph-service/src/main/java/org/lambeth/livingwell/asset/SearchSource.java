package org.lambeth.livingwell.asset;

/**
 * Where a search answer comes from. The service answers from the in-memory search index when it holds the filter
 * and order and is current, and from Cypher otherwise ({@link #INDEX_OR_CYPHER}); the other two are the seam through
 * which {@code AssetIndexIT} checks the index against Cypher, its reference.
 */
public enum SearchSource {
    /** The index when it can answer, else Cypher: what every caller but the index's tests uses. */
    INDEX_OR_CYPHER,
    /** The index only: no answer when it does not hold the filter or order, or is not current. */
    INDEX,
    /** Cypher only. */
    CYPHER
}
