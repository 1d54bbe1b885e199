package org.lambeth.livingwell.asset;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.api.OffsetCursor;
import org.lambeth.livingwell.api.PageInfo;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Finds assets. */
@Service
public class AssetService {

    static final double MAX_RADIUS_METRES = 20_000;
    static final int MAX_PAGE = 500;

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;
    private final PlaceResolver places;

    AssetService(Neo4jClient neo4j, CypherCatalogue cypher, PlaceResolver places) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.places = places;
    }

    AssetConnection findAssetsNear(PlaceInput near, Double radiusMetres, Integer first, String after) {
        var centre = places.resolve(near, "near");
        if (radiusMetres == null || !Double.isFinite(radiusMetres) || radiusMetres <= 0
                || radiusMetres > MAX_RADIUS_METRES) {
            throw new InvalidArgumentException("radiusMetres",
                    "must be more than 0 and at most " + (int) MAX_RADIUS_METRES + " metres, was " + radiusMetres);
        }
        int size = OffsetCursor.pageSize(first, MAX_PAGE, "first");
        int offset = OffsetCursor.startAfter(after, "after");
        var parameters = Map.<String, Object>of("latitude", centre.latitude(), "longitude", centre.longitude(),
                "radiusMetres", radiusMetres, "skip", offset, "limit", size);
        var position = new java.util.concurrent.atomic.AtomicInteger(offset);
        var edges = List.copyOf(neo4j.query(cypher.get("asset/find_assets_near")).bindAll(parameters)
                .fetchAs(AssetConnection.AssetEdge.class)
                .mappedBy((types, row) -> new AssetConnection.AssetEdge(OffsetCursor.encode(position.getAndIncrement()),
                        row.get("distanceMetres").asDouble(), AssetRows.toView(row)))
                .all());
        long total = neo4j.query(cypher.get("asset/count_assets_near")).bindAll(parameters)
                .fetchAs(Long.class).one().orElse(0L);
        return new AssetConnection(new AssetView.GeoPoint(centre.latitude(), centre.longitude()), edges,
                PageInfo.of(offset, edges.size(), total), total);
    }

    Optional<AssetView> findAsset(String id) {
        return neo4j.query(cypher.get("asset/find_asset")).bindAll(Map.of("id", id))
                .fetchAs(AssetView.class).mappedBy((types, row) -> AssetRows.toView(row)).one();
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
