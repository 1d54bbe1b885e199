package org.lambeth.livingwell.asset;

import java.util.List;

import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.lambeth.livingwell.locality.LocalityView;

/** The read models of the search queries other than the asset connection. */
final class SearchViews {

    private SearchViews() {
    }

    record CategoryCount(AssetView.CategoryView category, long count) {
    }

    record LocalityCount(LocalityView locality, long count) {
    }

    record FeatureCount(AccessibilityFeature feature, long count) {
    }

    record AssetFacets(long totalCount, List<CategoryCount> categories, List<LocalityCount> localities,
            List<FeatureCount> accessibility) {
    }

    record AssetCluster(long count, AssetView.GeoPoint centre, AssetFilter.Box bounds,
            List<CategoryCount> topCategories) {
    }

    record AssetClusters(int zoom, long totalCount, List<AssetCluster> clusters, List<AssetView> assets) {
    }

    record NearbyAsset(AssetView asset, double distanceMetres, int walkingMinutes) {
    }
}
