package org.lambeth.livingwell.geo;

import java.util.Collection;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** JTS in one place: reading and writing GeoJSON geometries (lon/lat, WGS-84), points and unions. */
public final class Geometries {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private Geometries() {
    }

    /** Parses a GeoJSON geometry object; refuses invalid polygons with the reason. */
    public static Geometry read(String geoJson) {
        try {
            var geometry = new GeoJsonReader(FACTORY).read(geoJson);
            if (!geometry.isValid()) {
                var reason = new org.locationtech.jts.operation.valid.IsValidOp(geometry).getValidationError();
                throw new IllegalArgumentException("invalid geometry: " + reason);
            }
            return geometry;
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a GeoJSON geometry: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a GeoJSON geometry from a trusted source and repairs it when JTS finds it invalid (for example the
     * small self-intersections a TopoJSON decode leaves), with JTS's GeometryFixer.
     */
    public static Geometry readRepairing(String geoJson) {
        try {
            var geometry = new GeoJsonReader(FACTORY).read(geoJson);
            return geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a GeoJSON geometry: " + e.getMessage(), e);
        }
    }

    /** The geometry as a GeoJSON string, 6 decimal places (about 0.1 m), without a CRS member. */
    public static String write(Geometry geometry) {
        var writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }

    public static Point point(WgsCoordinate coordinate) {
        return FACTORY.createPoint(new Coordinate(coordinate.longitude(), coordinate.latitude()));
    }

    /** The union of polygons, e.g. a grouping of wards. */
    public static Geometry union(Collection<Geometry> parts) {
        return UnaryUnionOp.union(parts);
    }
}
