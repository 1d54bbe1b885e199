package org.lambeth.livingwell.asset;

import java.util.List;

import org.lambeth.livingwell.api.PageInfo;

/**
 * A page of assets.
 *
 * @param near the point searched from; null without one
 * @param totalCount null when the request did not ask for it (it is not counted then)
 */
record AssetConnection(AssetView.GeoPoint near, List<AssetEdge> edges, PageInfo pageInfo, Long totalCount) {

    /** One asset, with its distance from the place searched (or null) and its text relevance (or null). */
    record AssetEdge(String cursor, Double distanceMetres, Double relevance, AssetView node) {
    }
}
