package org.lambeth.livingwell.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import tools.jackson.databind.JsonNode;

class LocalitiesIT extends GraphQlServiceTest {

    @Test
    void twentyFiveWardsWithPolygonBoundariesAndTheirHalf() {
        var wards = graphql.data("{ localities(kind: WARD) { id name kind half assetCount boundary } }", Map.of())
                .path("localities");
        assertThat(wards.size()).isEqualTo(25);
        int north = 0;
        int assets = 0;
        for (var ward : wards) {
            assertThat(ward.path("id").asString()).startsWith("E05");
            assertThat(ward.path("boundary").path("type").asString()).isIn("Polygon", "MultiPolygon");
            assertThat(ward.path("boundary").path("coordinates").size()).isPositive();
            north += ward.path("half").asString().equals("NORTH") ? 1 : 0;
            assets += ward.path("assetCount").asInt();
        }
        assertThat(north).isEqualTo(14);
        var borough = graphql.data("{ localities(kind: BOROUGH) { name assetCount } }", Map.of()).path("localities");
        assertThat(borough.get(0).path("name").asString()).isEqualTo("Lambeth");
        // each asset in the borough lies in exactly one ward
        assertThat(assets).isEqualTo(borough.get(0).path("assetCount").asInt());
    }

    @Test
    void outlinesForTheMapAreValidFarSmallerAndWithinTheirToleranceOfTheBoundaries() throws Exception {
        var lsoas = graphql.data("{ localities(kind: LSOA) { id boundary outline } }", Map.of()).path("localities");
        assertThat(lsoas.size()).isEqualTo(181);
        long boundaryPoints = 0;
        long outlinePoints = 0;
        for (var lsoa : lsoas) {
            var boundary = geometry(lsoa.path("boundary"));
            var outline = geometry(lsoa.path("outline"));
            var where = lsoa.path("id").asString();
            assertThat(outline.isValid()).as(where + " valid").isTrue();
            assertThat(outline.getGeometryType()).as(where).isIn("Polygon", "MultiPolygon");
            // within twice the tolerance of the boundary (Douglas-Peucker bounds each vertex left out by the tolerance;
            // keeping the topology can move the discrete distance a little past it: 1.3 times at most in the seeds)
            assertThat(DiscreteHausdorffDistance.distance(boundary, outline)).as(where)
                    .isLessThanOrEqualTo(LocalityController.OUTLINE_TOLERANCE * 2);
            // and the same shape: the area within 3% (1.2% at most in the seeds, for the smallest LSOAs)
            assertThat(Math.abs(outline.getArea() - boundary.getArea()) / boundary.getArea()).as(where + " area")
                    .isLessThan(0.03);
            boundaryPoints += boundary.getNumPoints();
            outlinePoints += outline.getNumPoints();
        }
        // what the map redraws on every zoom: at most half the points
        assertThat(outlinePoints).isPositive().isLessThan(boundaryPoints / 2);
    }

    private static Geometry geometry(JsonNode geoJson) throws Exception {
        return new GeoJsonReader().read(geoJson.toString());
    }

    @Test
    void allKindsComeOrderedBoroughFirstLsoasLast() {
        var all = graphql.data("{ localities { id kind } }", Map.of()).path("localities");
        assertThat(all.size()).isEqualTo(212);
        assertThat(all.get(0).path("kind").asString()).isEqualTo("BOROUGH");
        assertThat(all.get(1).path("id").asString()).isEqualTo("half-north");
        assertThat(all.get(211).path("kind").asString()).isEqualTo("LSOA");
    }

    @Test
    void anUnknownKindIsAValidationError() {
        var response = graphql.post("{ localities(kind: COUNTY) { id } }");
        assertThat(response.path("errors").get(0).path("message").asString()).contains("COUNTY");
    }
}
