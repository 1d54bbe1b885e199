package org.lambeth.livingwell.asset;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingFieldSelectionSet;

/** {@code assets}, {@code assetFacets}, {@code assetClusters} and {@code nearest}; OpeningHours.openNow. */
@Controller
class AssetSearchController {

    /**
     * The fields of an asset that the cluster index holds ({@link AssetSearchService#heldView}): a list page or the
     * clusters' single assets whose selection asks for nothing else are answered without reading the assets from
     * Neo4j.
     */
    private static final Set<String> HELD_FIELDS = Set.of("id", "name", "__typename", "location",
            "location/latitude", "location/longitude", "location/__typename", "categories", "categories/id",
            "categories/name", "categories/parentId", "categories/__typename", "localities", "localities/id",
            "localities/name", "localities/kind", "localities/half", "localities/__typename", "free", "visibility");

    private final AssetSearchService search;
    private final Clock clock = Clock.systemUTC();

    AssetSearchController(AssetSearchService search) {
        this.search = search;
    }

    @QueryMapping
    AssetConnection assets(@Argument AssetFilter filter, @Argument AssetSort sort, @Argument Integer first,
            @Argument String after, DataFetchingFieldSelectionSet selection, @ContextValue(Viewer.KEY) Viewer viewer) {
        VisibilityAccess.check(filter, viewer);
        return search.search(filter, sort, new PageRequest(first, after, selection.contains("totalCount"),
                fill(selection, "edges/node/")));
    }

    /** HELD when the selection asks nothing of the assets under {@code path} beyond {@link #HELD_FIELDS}. */
    private static AssetFill fill(DataFetchingFieldSelectionSet selection, String path) {
        return selection.getFields(path + "**").stream().allMatch(field ->
                HELD_FIELDS.contains(field.getQualifiedName().substring(path.length())))
                ? AssetFill.HELD : AssetFill.FULL;
    }

    @QueryMapping
    SearchViews.AssetFacets assetFacets(@Argument AssetFilter filter, @ContextValue(Viewer.KEY) Viewer viewer) {
        VisibilityAccess.check(filter, viewer);
        return search.facets(filter);
    }

    @QueryMapping
    SearchViews.AssetClusters assetClusters(@Argument AssetFilter.Box box, @Argument Integer zoom,
            @Argument AssetFilter filter, DataFetchingFieldSelectionSet selection,
            @ContextValue(Viewer.KEY) Viewer viewer) {
        VisibilityAccess.check(filter, viewer);
        return search.clusters(box, zoom, filter, fill(selection, "assets/"));
    }

    @QueryMapping
    List<SearchViews.NearbyAsset> nearest(@Argument PlaceInput place, @Argument String category,
            @Argument Integer n) {
        return search.nearest(place, category, n);
    }

    @SchemaMapping(typeName = "OpeningHours")
    boolean openNow(OpeningHours hours) {
        return hours.isOpenAt(LocalDateTime.now(clock.withZone(OpeningTime.LONDON)));
    }
}
