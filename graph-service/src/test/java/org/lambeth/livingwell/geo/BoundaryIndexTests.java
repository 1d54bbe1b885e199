package org.lambeth.livingwell.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BoundaryIndexTests {

    private static final String SQUARE = """
            {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}""";
    private static final String RIGHT = """
            {"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}""";

    @Test
    void findsEveryBoundaryCoveringAPoint() {
        var index = new BoundaryIndex(Map.of("a", Geometries.read(SQUARE), "b", Geometries.read(RIGHT)));
        assertThat(index.containing(new WgsCoordinate(0.5, 0.5))).containsExactly("a");
        assertThat(index.containing(new WgsCoordinate(0.5, 1.0))).containsExactly("a", "b");
        assertThat(index.containing(new WgsCoordinate(5, 5))).isEmpty();
    }

    /**
     * Two wards side by side in a two-square borough, one LSOA across both; the halves' outlines are drawn the wrong
     * way round on purpose: a point's half is its ward's half whatever the halves' own outlines say.
     */
    @Test
    void aPointLiesInItsWardAndTheGroupingsOfThatWard() {
        var both = """
                {"type":"Polygon","coordinates":[[[0,0],[2,0],[2,1],[0,1],[0,0]]]}""";
        var index = BoundaryIndex.fromGeoJson(Map.of("borough", both, "w1", SQUARE, "w2", RIGHT, "lsoa", both,
                "half-1", RIGHT, "half-2", SQUARE));
        var kinds = Map.of("borough", "BOROUGH", "w1", "WARD", "w2", "WARD", "lsoa", "LSOA", "half-1", "HALF",
                "half-2", "HALF");
        var groupings = Map.of("w1", List.of("half-1", "borough"), "w2", List.of("half-2", "borough"));

        assertThat(index.placement(new WgsCoordinate(0.5, 0.5), kinds::get, groupings::get))
                .containsExactly("borough", "half-1", "lsoa", "w1");
        assertThat(index.placement(new WgsCoordinate(0.5, 1.5), kinds::get, groupings::get))
                .containsExactly("borough", "half-2", "lsoa", "w2");
        // on the wards' shared edge: the lower id, and that ward's half only
        assertThat(index.placement(new WgsCoordinate(0.5, 1.0), kinds::get, groupings::get))
                .containsExactly("borough", "half-1", "lsoa", "w1");
        assertThat(index.placement(new WgsCoordinate(5, 5), kinds::get, groupings::get)).isEmpty();
    }

    @Test
    void refusesAnInvalidPolygonWithTheReason() {
        var bowTie = """
                {"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}""";
        assertThatThrownBy(() -> Geometries.read(bowTie)).hasMessageContaining("invalid geometry")
                .hasMessageContaining("Self-intersection");
    }

    @Test
    void theUnionOfNeighboursIsOnePolygon() {
        var union = Geometries.union(java.util.List.of(Geometries.read(SQUARE), Geometries.read(RIGHT)));
        assertThat(union.getGeometryType()).isEqualTo("Polygon");
        assertThat(union.getArea()).isEqualTo(2.0);
    }

    @Test
    void coordinatesAreRangeChecked() {
        assertThatThrownBy(() -> new WgsCoordinate(91, 0)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> new WgsCoordinate(0, -181)).hasMessageContaining("longitude");
    }
}
