package org.lambeth.livingwell.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
