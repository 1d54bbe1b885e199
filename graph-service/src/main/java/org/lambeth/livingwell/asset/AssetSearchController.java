package org.lambeth.livingwell.asset;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.security.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingFieldSelectionSet;

/** {@code assets}, {@code assetFacets}, {@code assetClusters} and {@code nearest}; OpeningHours.openNow. */
@Controller
class AssetSearchController {

    /** The single-asset fields a map marker needs, which the cluster index holds (any other is read from Neo4j). */
    private static final Set<String> PLACE_FIELDS = Set.of("assets/id", "assets/name", "assets/location",
            "assets/location/latitude", "assets/location/longitude", "assets/__typename",
            "assets/location/__typename");

    /**
     * The fields of a listed asset that the cluster index holds ({@link AssetSearchService#heldView}): a page whose
     * selection asks for nothing else is answered without reading the assets from Neo4j.
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
        return search.search(filter, sort, first, after, selection.contains("totalCount"), asksOnlyHeld(selection));
    }

    /** Whether the selection asks nothing of the listed assets beyond {@link #HELD_FIELDS}. */
    private static boolean asksOnlyHeld(DataFetchingFieldSelectionSet selection) {
        return selection.getFields("edges/node/**").stream().allMatch(field ->
                HELD_FIELDS.contains(field.getQualifiedName().substring("edges/node/".length())));
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
        return search.clusters(box, zoom, filter, asksOnlyPlaces(selection));
    }

    /** Whether the selection asks nothing of the single assets beyond {@link #PLACE_FIELDS}. */
    private static boolean asksOnlyPlaces(DataFetchingFieldSelectionSet selection) {
        return selection.getFields("assets/**").stream()
                .allMatch(field -> PLACE_FIELDS.contains(field.getQualifiedName()));
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
