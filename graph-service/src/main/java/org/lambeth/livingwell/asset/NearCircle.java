package org.lambeth.livingwell.asset;

import java.util.Map;

import org.neo4j.values.storable.CRSCalculator;
import org.neo4j.values.storable.CoordinateReferenceSystem;
import org.neo4j.values.storable.PointValue;
import org.neo4j.values.storable.Values;

/**
 * A {@code near} filter's circle for the cluster index. Distances are measured by Neo4j's own WGS-84 calculator, the
 * one behind Cypher's {@code point.distance}, in the same argument order as _filter.cypher, so the index and Cypher
 * agree to the last bit on every distance, on which assets are inside the radius and on the DISTANCE order's ties.
 * A box around the circle (a little larger than it) lets most assets be passed over on their coordinates alone.
 */
record NearCircle(double latitude, double longitude, double radiusMetres, PointValue centre, double south,
        double west, double north, double east) {

    private static final CRSCalculator CALCULATOR = CoordinateReferenceSystem.WGS_84.getCalculator();
    /** The sphere radius of Neo4j's geographic calculator (CRSCalculator.GeographicCalculator). */
    private static final double EARTH_RADIUS_METRES = 6_378_140.0;
    /** The box is widened by this much so rounding never leaves an asset on the circle's edge outside it. */
    private static final double MARGIN = 1.01;

    /** The circle of a checked plan's parameters; null when the filter has no {@code near}. */
    static NearCircle of(Map<String, Object> parameters) {
        var latitude = (Double) parameters.get("latitude");
        if (latitude == null) {
            return null;
        }
        double longitude = (Double) parameters.get("longitude");
        double radius = ((Number) parameters.get("radiusMetres")).doubleValue();
        double latitudeSpan = Math.toDegrees(radius / EARTH_RADIUS_METRES) * MARGIN;
        double widest = Math.abs(latitude) + latitudeSpan;
        var centre = Values.pointValue(CoordinateReferenceSystem.WGS_84, longitude, latitude);
        if (widest >= 89) {
            // near a pole every longitude may be in reach: the latitude band alone
            return new NearCircle(latitude, longitude, radius, centre, latitude - latitudeSpan, -180,
                    latitude + latitudeSpan, 180);
        }
        double longitudeSpan = Math.toDegrees(radius / (EARTH_RADIUS_METRES * Math.cos(Math.toRadians(widest))))
                * MARGIN;
        if (longitude - longitudeSpan < -180 || longitude + longitudeSpan > 180) {
            // across the antimeridian: every longitude, the exact distance decides
            return new NearCircle(latitude, longitude, radius, centre, latitude - latitudeSpan, -180,
                    latitude + latitudeSpan, 180);
        }
        return new NearCircle(latitude, longitude, radius, centre, latitude - latitudeSpan,
                longitude - longitudeSpan, latitude + latitudeSpan, longitude + longitudeSpan);
    }

    /** Whether a place may be within the radius (false for none, NaN); the exact test is {@link #distanceTo}. */
    boolean mayHold(double pointLatitude, double pointLongitude) {
        return pointLatitude >= south && pointLatitude <= north && pointLongitude >= west && pointLongitude <= east;
    }

    /** The distance in metres from a place to the centre, as {@code point.distance(a.location, centre)} gives it. */
    double distanceTo(double pointLatitude, double pointLongitude) {
        return CALCULATOR.distance(Values.pointValue(CoordinateReferenceSystem.WGS_84, pointLongitude, pointLatitude),
                centre);
    }
}
