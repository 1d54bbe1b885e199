package org.lambeth.livingwell.asset;

/** The orders of the assets query. */
enum AssetSort {
    DISTANCE, RELEVANCE, NAME, RECENTLY_UPDATED
}
