package org.lambeth.livingwell.locality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code localities(kind)}, with boundaries and asset counts batch-loaded for every locality in the answer. */
@Controller
class LocalityController {

    /**
     * The simplification tolerance, in degrees, of an outline: about 3 m north-south and 2 m east-west in London, less
     * than a pixel at the zooms that show LSOA outlines (LocalitiesIT measures outlines within twice it).
     */
    static final double OUTLINE_TOLERANCE = 0.00003;

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

    /** The boundary simplified for drawing (topology kept), so a map redraws far fewer points on every zoom. */
    @BatchMapping(typeName = "Locality")
    Map<LocalityView, Geometry> outline(List<LocalityView> views) {
        var byId = localities.findBoundaries(views.stream().map(LocalityView::id).distinct().toList());
        var result = new LinkedHashMap<LocalityView, Geometry>();
        views.forEach(v -> {
            var boundary = byId.get(v.id());
            result.put(v, boundary == null ? null : TopologyPreservingSimplifier.simplify(boundary, OUTLINE_TOLERANCE));
        });
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
