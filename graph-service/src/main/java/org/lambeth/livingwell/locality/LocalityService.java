package org.lambeth.livingwell.locality;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.geo.Geometries;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.locationtech.jts.geom.Geometry;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Reads localities: the borough, ward groupings, wards and LSOAs. */
@Service
public class LocalityService {

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;

    LocalityService(Neo4jClient neo4j, CypherCatalogue cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /** All localities, or those of one kind, ordered by kind then name. */
    public List<LocalityView> listLocalities(String kind) {
        var parameters = new HashMap<String, Object>();
        parameters.put("kind", kind);
        return neo4j.query(cypher.get("locality/list_localities")).bindAll(parameters)
                .fetchAs(LocalityView.class)
                .mappedBy((types, r) -> LocalityView.of(r))
                .all().stream().sorted(LocalityView.ORDER).toList();
    }

    /** The localities with these ids (those that exist), in one round trip. */
    public Map<String, LocalityView> findLocalities(Collection<String> ids) {
        var found = new HashMap<String, LocalityView>();
        neo4j.query(cypher.get("locality/find_localities")).bind(List.copyOf(ids)).to("ids")
                .fetchAs(LocalityView.class)
                .mappedBy((types, r) -> LocalityView.of(r))
                .all().forEach(l -> found.put(l.id(), l));
        return found;
    }

    /** Boundaries by locality id, in one round trip. */
    public Map<String, Geometry> findBoundaries(Collection<String> ids) {
        var boundaries = new HashMap<String, Geometry>();
        neo4j.query(cypher.get("locality/find_boundaries")).bind(List.copyOf(ids)).to("ids")
                .fetch().all().forEach(row -> {
                    if (row.get("boundary") instanceof String geoJson) {
                        boundaries.put((String) row.get("id"), Geometries.read(geoJson));
                    }
                });
        return boundaries;
    }

    /** Asset counts by locality id, in one round trip. */
    public Map<String, Integer> countAssets(Collection<String> ids) {
        var counts = new HashMap<String, Integer>();
        neo4j.query(cypher.get("locality/count_assets")).bind(List.copyOf(ids)).to("ids")
                .fetch().all().forEach(row -> counts.put((String) row.get("id"),
                        ((Number) row.get("assetCount")).intValue()));
        return counts;
    }
}
