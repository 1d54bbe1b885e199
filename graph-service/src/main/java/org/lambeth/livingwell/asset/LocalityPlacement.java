package org.lambeth.livingwell.asset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.geo.BoundaryIndex;
import org.lambeth.livingwell.geo.WgsCoordinate;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The localities an added or moved asset lies in, by the rule the seeds follow (seed.AssetPlan): the boundaries that
 * cover its point, the first of each kind by id (a point on a shared edge is in both neighbours), and none at all
 * outside the borough (LSOA outlines are not river-clipped). The boundaries are read from the graph once, on first
 * use: they change only with the seeds.
 */
@Component
public class LocalityPlacement {

    /** Where an asset lies: whether in the borough, and the localities (at most one of each kind). */
    public record Placement(boolean inBorough, List<String> localityIds) {
    }

    private record Boundaries(BoundaryIndex index, Map<String, String> kinds) {
    }

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;
    private Boundaries boundaries;

    LocalityPlacement(Neo4jClient neo4j, CypherCatalogue cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /** Synchronised: edits are rare, and JTS's prepared geometries are not documented as safe to share. */
    public synchronized Placement place(WgsCoordinate coordinate) {
        var loaded = boundaries();
        var placed = loaded.index().placement(coordinate, loaded.kinds()::get, "BOROUGH");
        return new Placement(!placed.isEmpty(), placed);
    }

    private Boundaries boundaries() {
        if (boundaries == null) {
            var geoJson = new LinkedHashMap<String, String>();
            var kinds = new LinkedHashMap<String, String>();
            for (var row : neo4j.query(cypher.get("asset/edit/list_locality_boundaries")).fetch().all()) {
                geoJson.put((String) row.get("id"), (String) row.get("boundary"));
                kinds.put((String) row.get("id"), (String) row.get("kind"));
            }
            if (!kinds.containsValue("BOROUGH")) {
                throw new IllegalStateException("no borough boundary in the graph: the seeds are not loaded");
            }
            boundaries = new Boundaries(BoundaryIndex.fromGeoJson(geoJson), kinds);
        }
        return boundaries;
    }
}
