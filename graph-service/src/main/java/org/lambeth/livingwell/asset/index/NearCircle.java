package org.lambeth.livingwell.asset.index;

import org.lambeth.livingwell.asset.SearchFilter;
import org.neo4j.values.storable.CRSCalculator;
import org.neo4j.values.storable.CoordinateReferenceSystem;
import org.neo4j.values.storable.PointValue;
import org.neo4j.values.storable.Values;

/**
 * A {@code near} filter's circle for the cluster index. Distances are measured by Neo4j's own WGS-84 calculator, the
 * one behind Cypher's {@code point.distance}, in the same argument order as _filter.cypher, so the index and Cypher
 * agree to the last bit on every distance, on which assets are inside the radius and on the DISTANCE order's ties.
 * A box around the circle (a little larger than it) lets most assets be passed over on their coordinates alone, and a
 * cheap flat-earth distance, trusted only to within {@link #APPROXIMATION}, settles most of the rest: the exact
 * distance is computed only near the radius, and for the assets that may make a page.
 */
record NearCircle(double latitude, double longitude, double radiusMetres, PointValue centre, double south,
        double west, double north, double east, boolean approximable, double cosLatitude, double sinLatitude) {

    private static final CRSCalculator CALCULATOR = CoordinateReferenceSystem.WGS_84.getCalculator();
    /** The sphere radius of Neo4j's geographic calculator (CRSCalculator.GeographicCalculator). */
    private static final double EARTH_RADIUS_METRES = 6_378_140.0;
    /** The box is widened by this much so rounding never leaves an asset on the circle's edge outside it. */
    private static final double MARGIN = 1.01;
    /**
     * How far, relatively, {@link #approximateDistance} may be from the exact distance: ten times the largest error
     * measured within 25 km anywhere up to 80 degrees from the equator ({@code NearCircleTests}).
     */
    static final double APPROXIMATION = 0.01;
    /** Beyond this radius (the search's largest is 20 km) the flat-earth distance is not trusted. */
    private static final double APPROXIMABLE_RADIUS = 25_000;
    /** Beyond this latitude (with the radius) the flat-earth distance is not trusted. */
    private static final double APPROXIMABLE_LATITUDE = 80;

    /** The circle of a checked filter's {@code near}. */
    static NearCircle of(SearchFilter.Near near) {
        double latitude = near.latitude();
        double longitude = near.longitude();
        double radius = near.radiusMetres();
        double latitudeSpan = Math.toDegrees(radius / EARTH_RADIUS_METRES) * MARGIN;
        double widest = Math.abs(latitude) + latitudeSpan;
        var centre = Values.pointValue(CoordinateReferenceSystem.WGS_84, longitude, latitude);
        // near a pole every longitude may be in reach
        double longitudeSpan = widest >= 89 ? Double.POSITIVE_INFINITY
                : Math.toDegrees(radius / (EARTH_RADIUS_METRES * Math.cos(Math.toRadians(widest)))) * MARGIN;
        if (longitude - longitudeSpan < -180 || longitude + longitudeSpan > 180) {
            // near a pole or across the antimeridian: the latitude band alone, the exact distance decides
            return new NearCircle(latitude, longitude, radius, centre, latitude - latitudeSpan, -180,
                    latitude + latitudeSpan, 180, false, Double.NaN, Double.NaN);
        }
        return new NearCircle(latitude, longitude, radius, centre, latitude - latitudeSpan,
                longitude - longitudeSpan, latitude + latitudeSpan, longitude + longitudeSpan,
                widest < APPROXIMABLE_LATITUDE && radius <= APPROXIMABLE_RADIUS, Math.cos(Math.toRadians(latitude)),
                Math.sin(Math.toRadians(latitude)));
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

    /**
     * The distance in metres on a flat projection at the two places' mean latitude, within {@link #APPROXIMATION} of
     * {@link #distanceTo} inside the circle's box; NaN (never settles anything) when the circle is not approximable
     * (near a pole or across the antimeridian). The cosine of the mean latitude is taken to first order from the
     * centre's (the half-difference is under 0.2 degrees, so the term left out is below 1e-5 of it): no trigonometry
     * per place.
     */
    double approximateDistance(double pointLatitude, double pointLongitude) {
        if (!approximable) {
            return Double.NaN;
        }
        double y = Math.toRadians(pointLatitude - latitude);
        double cosMean = cosLatitude - sinLatitude * (y / 2);
        double x = Math.toRadians(pointLongitude - longitude) * cosMean;
        return EARTH_RADIUS_METRES * Math.sqrt(x * x + y * y);
    }

    /** Outside the radius for certain, from the approximate distance (false for NaN). */
    boolean surelyOutside(double approximate) {
        return approximate * (1 - APPROXIMATION) > radiusMetres;
    }

    /** Inside the radius for certain, from the approximate distance (false for NaN). */
    boolean surelyInside(double approximate) {
        return approximate * (1 + APPROXIMATION) < radiusMetres;
    }

    /** Farther than {@code distance} for certain, from the approximate distance (false for NaN). */
    static boolean surelyFarther(double approximate, double distance) {
        return approximate * (1 - APPROXIMATION) > distance;
    }
}
