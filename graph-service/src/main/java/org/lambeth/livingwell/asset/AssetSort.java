package org.lambeth.livingwell.asset;

/** The orders of the assets query. */
public enum AssetSort {
    DISTANCE, RELEVANCE, NAME, RECENTLY_UPDATED
}
