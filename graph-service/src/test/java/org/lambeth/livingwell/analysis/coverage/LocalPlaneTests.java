package org.lambeth.livingwell.analysis.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.geo.Geometries;
import org.lambeth.livingwell.geo.WgsCoordinate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LocalPlaneTests {

    /** About the middle of Lambeth. */
    private static final WgsCoordinate CENTRE = new WgsCoordinate(51.4597, -0.1148);
    private final LocalPlane plane = new LocalPlane(CENTRE);

    @Test
    void theCentreIsTheOriginAndAxesPointEastAndNorth() {
        assertThat(plane.toMetres(CENTRE).distance(new Coordinate(0, 0))).isLessThan(1e-9);
        var north = plane.toMetres(new WgsCoordinate(CENTRE.latitude() + 0.01, CENTRE.longitude()));
        assertThat(north.x).isCloseTo(0, within(1e-9));
        assertThat(north.y).isCloseTo(1_111.95, within(0.01)); // 6,371,008.8 m × π/180 × 0.01
        var east = plane.toMetres(new WgsCoordinate(CENTRE.latitude(), CENTRE.longitude() + 0.01));
        assertThat(east.x).isCloseTo(1_111.95 * Math.cos(Math.toRadians(51.4597)), within(0.01));
        assertThat(east.y).isCloseTo(0, within(1e-9));
    }

    @Test
    void distancesAcrossABoroughAgreeWithTheGreatCircleToWellUnderOnePercent() {
        // from Brixton to the edges of Lambeth: Waterloo (north), Streatham Common (south), Camberwell (east)
        for (var far : new WgsCoordinate[] {new WgsCoordinate(51.5033, -0.1134), new WgsCoordinate(51.4140, -0.1340),
                new WgsCoordinate(51.4620, -0.0790)}) {
            var from = new WgsCoordinate(51.4613, -0.1156);
            double plain = plane.toMetres(from).distance(plane.toMetres(far));
            assertThat(plain / haversineMetres(from, far)).isCloseTo(1, within(0.002));
        }
    }

    @Test
    void geometriesGoThereAndBackUnchanged() {
        var ward = Geometries.read("""
                {"type":"Polygon","coordinates":[[[-0.12,51.45],[-0.10,51.45],[-0.10,51.47],[-0.12,51.45]]]}""");
        var back = plane.toWgs(plane.toMetres(ward));
        assertThat(back.equalsExact(ward, 1e-12)).isTrue();
    }

    @Test
    void aSquareKilometreInThePlaneIsOneMillionSquareMetresOfGround() {
        var factory = new GeometryFactory();
        var square = factory.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1000, 0),
                new Coordinate(1000, 1000), new Coordinate(0, 1000), new Coordinate(0, 0)});
        var wgs = plane.toWgs(square);
        // its sides, measured on the sphere
        var corners = wgs.getCoordinates();
        double south = haversineMetres(new WgsCoordinate(corners[0].y, corners[0].x),
                new WgsCoordinate(corners[1].y, corners[1].x));
        double west = haversineMetres(new WgsCoordinate(corners[0].y, corners[0].x),
                new WgsCoordinate(corners[3].y, corners[3].x));
        assertThat(south).isCloseTo(1000, within(1.0));
        assertThat(west).isCloseTo(1000, within(0.01));
        assertThat(plane.toMetres(wgs).getArea()).isCloseTo(1_000_000, within(1e-3));
    }

    @Test
    void isCentredOnTheMiddleOfAGeometrysBox() {
        var area = Geometries.read("""
                {"type":"Polygon","coordinates":[[[-0.15,51.41],[-0.08,51.41],[-0.08,51.51],[-0.15,51.41]]]}""");
        var centre = LocalPlane.centredOn(area).centre();
        assertThat(centre.latitude()).isCloseTo(51.46, within(1e-9));
        assertThat(centre.longitude()).isCloseTo(-0.115, within(1e-9));
    }

    private static double haversineMetres(WgsCoordinate a, WgsCoordinate b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * LocalPlane.EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h));
    }
}
