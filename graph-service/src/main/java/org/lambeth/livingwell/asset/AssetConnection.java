package org.lambeth.livingwell.asset;

import java.util.List;

import org.lambeth.livingwell.api.PageInfo;

/** A page of assets, nearest first. */
record AssetConnection(AssetView.GeoPoint near, List<AssetEdge> edges, PageInfo pageInfo, long totalCount) {

    record AssetEdge(String cursor, double distanceMetres, AssetView node) {
    }
}
