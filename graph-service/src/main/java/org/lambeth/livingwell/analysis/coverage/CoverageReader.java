package org.lambeth.livingwell.analysis.coverage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lambeth.livingwell.geo.Geometries;
import org.lambeth.livingwell.geo.WgsCoordinate;
import org.lambeth.livingwell.locality.LocalityView;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.locationtech.jts.geom.Geometry;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads what a coverage report needs, one round trip each (queries/cypher/analysis/coverage_*.cypher). */
@Component
class CoverageReader {

    /** A category and the locations of its assets, narrower categories included. */
    record CategoryAssets(String id, String name, List<WgsCoordinate> locations) {
    }

    /** A locality and its boundary, lon/lat. */
    record Boundary(LocalityView locality, Geometry geometry) {
    }

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;

    CoverageReader(Neo4jClient neo4j, CypherCatalogue cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Optional<CategoryAssets> findCategoryAssets(String categoryId) {
        return neo4j.query(cypher.get("analysis/coverage_category_assets")).bindAll(Map.of("category", categoryId))
                .fetchAs(CategoryAssets.class)
                .mappedBy((types, row) -> new CategoryAssets(row.get("id").asString(), row.get("name").asString(),
                        row.get("locations").asList(CoverageReader::coordinate)))
                .one();
    }

    /** The localities of a kind and the borough (kind BOROUGH); boundaries from the seeds, repaired if need be. */
    List<Boundary> listBoundaries(String kind) {
        return neo4j.query(cypher.get("analysis/coverage_localities")).bindAll(Map.of("kind", kind))
                .fetchAs(Boundary.class)
                .mappedBy((types, row) -> new Boundary(LocalityView.of(row),
                        row.get("boundary").isNull() ? null : Geometries.readRepairing(row.get("boundary").asString())))
                .all().stream().filter(b -> b.geometry() != null).toList();
    }

    List<WgsCoordinate> listLambethPostcodes() {
        return neo4j.query(cypher.get("analysis/coverage_postcodes"))
                .fetchAs(Value.class).mappedBy((types, row) -> row.get("locations")).one()
                .map(locations -> locations.asList(CoverageReader::coordinate)).orElse(List.of());
    }

    private static WgsCoordinate coordinate(Value location) {
        var point = location.asPoint();
        return new WgsCoordinate(point.y(), point.x());
    }
}
