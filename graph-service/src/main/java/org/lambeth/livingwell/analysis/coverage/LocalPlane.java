package org.lambeth.livingwell.analysis.coverage;

import org.lambeth.livingwell.geo.WgsCoordinate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A flat plane in metres around a centre, for buffers and areas: longitude/latitude in degrees go to metres east
 * and north of the centre by the equirectangular projection {@code x = R·cos(lat0)·Δlon, y = R·Δlat} (radians),
 * R the Earth's mean radius. The mapping is linear in longitude and latitude, so one JTS affine transformation
 * does it and its inverse brings results back.
 * <p>
 * Over a London borough this is close: a point 6 km north or south of the centre sees its east-west scale off by
 * about 0.1% (cos(lat) drifts), and the sphere stands for the ellipsoid to within about 0.3%. Straight-line
 * distances and areas within about 10 km of the centre are therefore good to well under 1%.
 */
final class LocalPlane {

    /** The Earth's mean radius (IUGG), metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final WgsCoordinate centre;
    private final AffineTransformation toMetres;
    private final AffineTransformation toWgs;

    LocalPlane(WgsCoordinate centre) {
        this.centre = centre;
        double metresPerDegreeNorth = Math.toRadians(EARTH_RADIUS_METRES);
        double metresPerDegreeEast = metresPerDegreeNorth * Math.cos(Math.toRadians(centre.latitude()));
        this.toMetres = AffineTransformation.translationInstance(-centre.longitude(), -centre.latitude())
                .scale(metresPerDegreeEast, metresPerDegreeNorth);
        this.toWgs = AffineTransformation.scaleInstance(1 / metresPerDegreeEast, 1 / metresPerDegreeNorth)
                .translate(centre.longitude(), centre.latitude());
    }

    /** A plane centred on the middle of a WGS-84 geometry's bounding box (e.g. the borough's outline). */
    static LocalPlane centredOn(Geometry wgs) {
        Envelope box = wgs.getEnvelopeInternal();
        return new LocalPlane(new WgsCoordinate(box.centre().y, box.centre().x));
    }

    WgsCoordinate centre() {
        return centre;
    }

    /** A coordinate in metres east ({@code x}) and north ({@code y}) of the centre. */
    Coordinate toMetres(WgsCoordinate coordinate) {
        var metres = new Coordinate();
        toMetres.transform(new Coordinate(coordinate.longitude(), coordinate.latitude()), metres);
        return metres;
    }

    /** A copy of a lon/lat geometry in metres. */
    Geometry toMetres(Geometry wgs) {
        return toMetres.transform(wgs);
    }

    /** A copy of a geometry in metres, back in lon/lat. */
    Geometry toWgs(Geometry metres) {
        return toWgs.transform(metres);
    }
}
