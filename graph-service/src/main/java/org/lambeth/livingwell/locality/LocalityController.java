package org.lambeth.livingwell.locality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code localities(kind)}, with boundaries and asset counts batch-loaded for every locality in the answer. */
@Controller
class LocalityController {

    private final LocalityService localities;

    LocalityController(LocalityService localities) {
        this.localities = localities;
    }

    @QueryMapping
    List<LocalityView> localities(@Argument String kind) {
        return localities.listLocalities(kind);
    }

    @BatchMapping(typeName = "Locality")
    Map<LocalityView, Geometry> boundary(List<LocalityView> views) {
        var byId = localities.findBoundaries(views.stream().map(LocalityView::id).distinct().toList());
        var result = new LinkedHashMap<LocalityView, Geometry>();
        views.forEach(v -> result.put(v, byId.get(v.id())));
        return result;
    }

    @BatchMapping(typeName = "Locality")
    Map<LocalityView, Integer> assetCount(List<LocalityView> views) {
        var byId = localities.countAssets(views.stream().map(LocalityView::id).distinct().toList());
        var result = new LinkedHashMap<LocalityView, Integer>();
        views.forEach(v -> result.put(v, byId.getOrDefault(v.id(), 0)));
        return result;
    }
}
