package org.lambeth.livingwell.analysis.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.geo.WgsCoordinate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The walk maths on hand-made ground: a 2 km square laid out in metres around a centre in Lambeth, handed over in
 * lon/lat as boundaries are. Expected areas are a circle's and a circular segment's.
 */
class WalkCoverageTests {

    private static final double SIDE = 2_000;
    private static final double SQUARE_AREA = SIDE * SIDE;
    /** The discs are 128-gons, 0.04% under a circle in area; shares are checked to a little more than that. */
    private static final double SHARE_TOLERANCE = 2e-4;

    private final LocalPlane plane = new LocalPlane(new WgsCoordinate(51.4597, -0.1148));
    private final GeometryFactory factory = new GeometryFactory();
    /** The square from (0, 0) to (2000, 2000) metres, in lon/lat. */
    private final Geometry square = plane.toWgs(factory.createPolygon(new Coordinate[] {new Coordinate(0, 0),
            new Coordinate(SIDE, 0), new Coordinate(SIDE, SIDE), new Coordinate(0, SIDE), new Coordinate(0, 0)}));

    @Test
    void oneAssetInTheMiddleCoversACircle() {
        var walk = new WalkCoverage(plane, List.of(at(1000, 1000)), 500);
        var result = walk.assess(square);
        assertThat(result.assetsWithinWalk()).isEqualTo(1);
        assertThat(result.uncoveredShare()).isCloseTo(1 - Math.PI * 500 * 500 / SQUARE_AREA, within(SHARE_TOLERANCE));
        // the gap is the square with a round hole, in lon/lat again
        var gap = (Polygon) result.gap();
        assertThat(gap.getNumInteriorRing()).isEqualTo(1);
        var outline = factory.createPolygon(gap.getExteriorRing().getCoordinateSequence());
        assertThat(outline.symDifference(square).getArea()).isLessThan(1e-15);
        assertThat(plane.toMetres(gap).getArea() / SQUARE_AREA).isCloseTo(result.uncoveredShare(), within(1e-12));
        assertThat(walk.uncoveredShare(square)).isEqualTo(result.uncoveredShare());
    }

    @Test
    void anAssetOutsideTheAreaStillCoversTheSegmentItsWalkReaches() {
        // 300 m west of the square's western edge, walking 500 m: a circular segment of height 200 m reaches in
        double d = 300;
        double r = 500;
        double segment = r * r * Math.acos(d / r) - d * Math.sqrt(r * r - d * d); // 111,823.8 m²
        var walk = new WalkCoverage(plane, List.of(at(-d, 1000)), r);
        var result = walk.assess(square);
        assertThat(result.assetsWithinWalk()).isEqualTo(1);
        assertThat(result.uncoveredShare()).isCloseTo(1 - segment / SQUARE_AREA, within(SHARE_TOLERANCE));
        assertThat(result.uncoveredShare()).isLessThan(1);
    }

    @Test
    void anAssetJustBeyondWalkingDistanceDoesNotCount() {
        var walk = new WalkCoverage(plane, List.of(at(-501, 1000), at(1000, 2600)), 500);
        var result = walk.assess(square);
        assertThat(result.assetsWithinWalk()).isZero();
        assertThat(result.uncoveredShare()).isEqualTo(1.0);
    }

    @Test
    void withNoAssetsEverythingIsUncoveredAndTheGapIsTheArea() {
        var walk = new WalkCoverage(plane, List.of(), 800);
        var result = walk.assess(square);
        assertThat(walk.assetCount()).isZero();
        assertThat(result.assetsWithinWalk()).isZero();
        assertThat(result.uncoveredShare()).isEqualTo(1.0);
        assertThat(result.gap().symDifference(square).getArea()).isLessThan(1e-15);
        assertThat(walk.reaches(at(1000, 1000))).isFalse();
    }

    @Test
    void aLongWalkCoversEverythingAndLeavesNoGap() {
        // the far corners are 1,414 m from the middle
        var result = new WalkCoverage(plane, List.of(at(1000, 1000)), 1_500).assess(square);
        assertThat(result.uncoveredShare()).isEqualTo(0.0);
        assertThat((Object) result.gap()).as("gap").isNull();
    }

    @Test
    void overlappingWalksAreCountedOnceInTheAreaButEachAssetCounts() {
        var one = new WalkCoverage(plane, List.of(at(1000, 1000)), 500).assess(square);
        var two = new WalkCoverage(plane, List.of(at(1000, 1000), at(1000, 1000)), 500).assess(square);
        assertThat(two.assetsWithinWalk()).isEqualTo(2);
        assertThat(two.uncoveredShare()).isCloseTo(one.uncoveredShare(), within(1e-9));
        // two discs 600 m apart overlap in a lens: covered = 2 circles - lens
        double r = 500;
        double d = 600;
        double lens = 2 * r * r * Math.acos(d / (2 * r)) - d / 2 * Math.sqrt(4 * r * r - d * d);
        var apart = new WalkCoverage(plane, List.of(at(700, 1000), at(1300, 1000)), r).assess(square);
        assertThat(apart.uncoveredShare())
                .isCloseTo(1 - (2 * Math.PI * r * r - lens) / SQUARE_AREA, within(SHARE_TOLERANCE));
    }

    @Test
    void aPlaceIsReachedWithinWalkingDistanceExactly() {
        var walk = new WalkCoverage(plane, List.of(at(0, 0)), 800);
        assertThat(walk.reaches(at(0, 799))).isTrue();
        assertThat(walk.reaches(at(480, 639))).isTrue(); // 799.2 m away on a diagonal
        assertThat(walk.reaches(at(0, 801))).isFalse();
    }

    @Test
    void theAssetsServingARegionAreThoseWhoseWalkReachesItOrAPlaceOfItsPeopleOutsideIt() {
        var edgePostcode = at(-100, 1000); // a postcode centroid a little outside the square
        var inside = at(500, 500);
        var nearEdge = at(-700, 500); // 700 m from the square
        var nearPostcode = at(-850, 1000); // 850 m from the square, 750 m from the edge postcode
        var farAway = at(-2000, 1000);
        var serving = WalkCoverage.serving(plane, square, List.of(at(10, 10), edgePostcode),
                List.of(inside, nearEdge, nearPostcode, farAway), 800);
        assertThat(serving).containsExactly(inside, nearEdge, nearPostcode);
    }

    /** A point given in metres east and north of the square's south-west corner, in lon/lat. */
    private WgsCoordinate at(double x, double y) {
        var point = plane.toWgs(factory.createPoint(new Coordinate(x, y))).getCoordinate();
        return new WgsCoordinate(point.y, point.x);
    }
}
