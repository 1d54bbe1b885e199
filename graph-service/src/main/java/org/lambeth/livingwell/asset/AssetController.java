package org.lambeth.livingwell.asset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code assetsNear}, {@code asset} and {@code categories}; category parents batch-loaded. */
@Controller
class AssetController {

    private final AssetService assets;

    AssetController(AssetService assets) {
        this.assets = assets;
    }

    @QueryMapping
    AssetConnection assetsNear(@Argument PlaceInput near, @Argument Double radiusMetres, @Argument Integer first,
            @Argument String after) {
        return assets.findAssetsNear(near, radiusMetres, first, after);
    }

    @QueryMapping
    AssetView asset(@Argument String id, @ContextValue(Viewer.KEY) Viewer viewer) {
        return assets.findAsset(id).filter(asset -> VisibilityAccess.visible(asset, viewer)).orElse(null);
    }

    @QueryMapping
    List<AssetView.CategoryView> categories() {
        return assets.listCategories();
    }

    @BatchMapping(typeName = "Category")
    Map<AssetView.CategoryView, AssetView.CategoryView> parent(List<AssetView.CategoryView> categories) {
        var parents = assets.findCategories(categories.stream().map(AssetView.CategoryView::parentId)
                .filter(Objects::nonNull).distinct().toList());
        var result = new LinkedHashMap<AssetView.CategoryView, AssetView.CategoryView>();
        for (var category : categories) {
            var parent = category.parentId() == null ? null : parents.get(category.parentId());
            if (parent != null) {
                result.put(category, parent);
            }
        }
        return result;
    }
}
