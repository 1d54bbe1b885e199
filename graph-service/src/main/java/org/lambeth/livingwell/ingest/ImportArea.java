package org.lambeth.livingwell.ingest;

import org.lambeth.livingwell.geo.WgsCoordinate;

/**
 * Where imported assets may lie (configured as {@code livingwell.ingest.area}; by default Greater London with a
 * margin): a point outside it is a mistake in the file, most often latitude and longitude given the wrong way round.
 */
record ImportArea(double south, double west, double north, double east) {

    static final ImportArea GREATER_LONDON = new ImportArea(51.2, -0.6, 51.75, 0.4);

    boolean contains(double latitude, double longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }

    /** Why this point cannot be right, or null when it lies in the area. */
    String problem(WgsCoordinate point) {
        if (contains(point.latitude(), point.longitude())) {
            return null;
        }
        if (contains(point.longitude(), point.latitude())) {
            return "latitude and longitude look swapped: (" + point.latitude() + ", " + point.longitude()
                    + ") is outside the service area, (" + point.longitude() + ", " + point.latitude() + ") is in it";
        }
        return "(" + point.latitude() + ", " + point.longitude() + ") is outside the service area (latitude "
                + south + " to " + north + ", longitude " + west + " to " + east + ")";
    }
}
