package org.lambeth.livingwell.geo;

/**
 * A WGS-84 coordinate, range-checked.
 *
 * @param latitude degrees, -90..90
 * @param longitude degrees, -180..180
 */
public record WgsCoordinate(double latitude, double longitude) {

    public WgsCoordinate {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + latitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + longitude);
        }
    }
}
