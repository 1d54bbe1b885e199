package org.lambeth.livingwell.asset;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Finds assets. */
@Service
public class AssetService {

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;
    private final PlaceResolver places;
    private final AssetSearchService search;

    AssetService(Neo4jClient neo4j, CypherCatalogue cypher, PlaceResolver places, AssetSearchService search) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.places = places;
        this.search = search;
    }

    /** The older nearest-first search: the assets search with only a place and a radius. */
    AssetConnection findAssetsNear(PlaceInput near, Double radiusMetres, Integer first, String after) {
        var centre = places.resolve(near, "near");
        if (radiusMetres == null || !Double.isFinite(radiusMetres) || radiusMetres <= 0
                || radiusMetres > SearchPlanner.MAX_RADIUS_METRES) {
            throw new InvalidArgumentException("radiusMetres", "must be more than 0 and at most "
                    + (int) SearchPlanner.MAX_RADIUS_METRES + " metres, was " + radiusMetres);
        }
        var place = new PlaceInput(null, centre.latitude(), centre.longitude());
        return search.search(AssetFilter.NONE.withNear(new AssetFilter.Near(place, radiusMetres)), AssetSort.DISTANCE,
                PageRequest.of(first, after));
    }

    public Optional<AssetView> findAsset(String id) {
        return neo4j.query(cypher.expand("asset/find_asset", Map.of("columns", SearchPlan.FRAGMENTS + "asset_columns")))
                .bindAll(Map.of("id", id))
                .fetchAs(AssetView.class).mappedBy((types, row) -> AssetRows.toView(row.get("asset"))).one();
    }

    /** Every category, by name, each with its broader category's id (one statement). */
    List<AssetView.CategoryView> listCategories() {
        return neo4j.query(cypher.get("asset/list_categories")).fetch().all().stream()
                .map(row -> new AssetView.CategoryView((String) row.get("id"), (String) row.get("name"),
                        (String) row.get("parentId")))
                .toList();
    }

    /** Categories by id, in one round trip (for Category.parent). */
    Map<String, AssetView.CategoryView> findCategories(Collection<String> ids) {
        var rows = neo4j.query(cypher.get("asset/find_categories")).bind(List.copyOf(ids)).to("ids").fetch().all();
        var result = new HashMap<String, AssetView.CategoryView>();
        for (var row : rows) {
            result.put((String) row.get("id"), new AssetView.CategoryView((String) row.get("id"),
                    (String) row.get("name"), (String) row.get("parentId")));
        }
        return result;
    }
}
