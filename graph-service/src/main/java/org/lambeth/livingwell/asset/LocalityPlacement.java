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
 * The localities an added or moved asset lies in, by the rule the seeds follow (seed.AssetPlan, {@link
 * BoundaryIndex#placement}): the borough, ward and LSOA whose boundaries cover its point (the lowest id on a shared
 * edge), the half and third of that ward, and none at all outside the borough (LSOA outlines are not river-clipped).
 * The boundaries and the wards' groupings are read from the graph once, on first use: they change only with the
 * seeds.
 */
@Component
public class LocalityPlacement {

    /** Where an asset lies: whether in the borough, and the localities (at most one of each kind). */
    public record Placement(boolean inBorough, List<String> localityIds) {
    }

    private record Boundaries(BoundaryIndex index, Map<String, String> kinds, Map<String, List<String>> partOf) {
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
        var placed = loaded.index().placement(coordinate, loaded.kinds()::get, loaded.partOf()::get);
        return new Placement(!placed.isEmpty(), placed);
    }

    private Boundaries boundaries() {
        if (boundaries == null) {
            var geoJson = new LinkedHashMap<String, String>();
            var kinds = new LinkedHashMap<String, String>();
            var partOf = new LinkedHashMap<String, List<String>>();
            for (var row : neo4j.query(cypher.get("asset/edit/list_locality_boundaries")).fetch().all()) {
                var id = (String) row.get("id");
                geoJson.put(id, (String) row.get("boundary"));
                kinds.put(id, (String) row.get("kind"));
                partOf.put(id, ((List<?>) row.get("partOf")).stream().map(String.class::cast).toList());
            }
            if (!kinds.containsValue(BoundaryIndex.BOROUGH)) {
                throw new IllegalStateException("no borough boundary in the graph: the seeds are not loaded");
            }
            boundaries = new Boundaries(BoundaryIndex.fromGeoJson(geoJson), kinds, partOf);
        }
        return boundaries;
    }
}
