package org.lambeth.livingwell.seeds.synthetic;

import java.util.SplittableRandom;

/**
 * Where an asset goes. In the Lambeth mode: at a Lambeth postcode centroid chosen uniformly (so density follows
 * Lambeth's postcodes), plus up to {@value #JITTER_METRES} m of jitter. In the tiled mode: Greater London's box is
 * covered by copies of the whole Lambeth + nearby postcode pattern, translated by whole multiples of the pattern's
 * own extent (so copies abut and do not overlap); an asset picks a copy and a postcode in it uniformly, plus jitter,
 * and is drawn again if it lands outside the box. Only the untranslated copy keeps the postcode.
 */
final class Placement {

    /** Greater London's box. */
    static final double SOUTH = 51.28;
    static final double NORTH = 51.70;
    static final double WEST = -0.51;
    static final double EAST = 0.33;

    static final double JITTER_METRES = 60;
    private static final double METRES_PER_DEGREE = 111_320;
    private static final int MAX_DRAWS = 10_000;

    /** A placed point; postcode may be null. */
    record Point(double latitude, double longitude, String postcode) {
    }

    private final PostcodePoints points;
    private final boolean tiled;
    /** Tile offsets in whole pattern extents: column (longitude) and row (latitude) of each tile. */
    private final int[] tileColumns;
    private final int[] tileRows;

    Placement(PostcodePoints points, boolean tiled) {
        this.points = points;
        this.tiled = tiled;
        if (tiled) {
            double width = points.longitudeSpan();
            double height = points.latitudeSpan();
            // every copy that overlaps the box: east edge past WEST and west edge before EAST, likewise by latitude
            int firstColumn = (int) Math.floor((WEST - points.east) / width) + 1;
            int lastColumn = (int) Math.ceil((EAST - points.west) / width) - 1;
            int firstRow = (int) Math.floor((SOUTH - points.north) / height) + 1;
            int lastRow = (int) Math.ceil((NORTH - points.south) / height) - 1;
            int columns = lastColumn - firstColumn + 1;
            int rows = lastRow - firstRow + 1;
            tileColumns = new int[columns * rows];
            tileRows = new int[columns * rows];
            int t = 0;
            for (int row = firstRow; row <= lastRow; row++) {
                for (int column = firstColumn; column <= lastColumn; column++) {
                    tileColumns[t] = column;
                    tileRows[t] = row;
                    t++;
                }
            }
        } else {
            tileColumns = new int[] { 0 };
            tileRows = new int[] { 0 };
        }
    }

    int tiles() {
        return tileColumns.length;
    }

    boolean tiled() {
        return tiled;
    }

    Point place(SplittableRandom random) {
        if (!tiled) {
            int p = random.nextInt(points.lambeth);
            return jittered(random, points.latitudes[p], points.longitudes[p], points.postcodes[p]);
        }
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            int t = random.nextInt(tileColumns.length);
            int p = random.nextInt(points.count());
            boolean original = tileColumns[t] == 0 && tileRows[t] == 0;
            var point = jittered(random, points.latitudes[p] + tileRows[t] * points.latitudeSpan(),
                    points.longitudes[p] + tileColumns[t] * points.longitudeSpan(),
                    original ? points.postcodes[p] : null);
            if (inBox(point.latitude(), point.longitude())) {
                return point;
            }
        }
        throw new IllegalStateException("no point inside the box after " + MAX_DRAWS + " draws");
    }

    static boolean inBox(double latitude, double longitude) {
        return latitude >= SOUTH && latitude <= NORTH && longitude >= WEST && longitude <= EAST;
    }

    /** Uniform over a disc of {@link #JITTER_METRES} around the centroid, rounded to 6 decimals (about 0.1 m). */
    private static Point jittered(SplittableRandom random, double latitude, double longitude, String postcode) {
        double radius = JITTER_METRES * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        double dLat = radius * Math.cos(angle) / METRES_PER_DEGREE;
        double dLon = radius * Math.sin(angle) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return new Point(round6(latitude + dLat), round6(longitude + dLon), postcode);
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
