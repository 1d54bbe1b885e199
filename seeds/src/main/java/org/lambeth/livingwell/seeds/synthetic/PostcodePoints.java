package org.lambeth.livingwell.seeds.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * Postcode centroids as parallel arrays: {@code count} points, the first {@code lambeth} of them in Lambeth, the rest
 * the nearby postcodes outside it. Also the box that holds them all (the pattern that the 1M mode tiles).
 */
final class PostcodePoints {

    final String[] postcodes;
    final double[] latitudes;
    final double[] longitudes;
    final int lambeth;
    final double south;
    final double north;
    final double west;
    final double east;

    private PostcodePoints(List<CSVRecord> lambethRows, List<CSVRecord> nearbyRows) {
        var rows = new ArrayList<CSVRecord>(lambethRows);
        rows.addAll(nearbyRows);
        lambeth = lambethRows.size();
        postcodes = new String[rows.size()];
        latitudes = new double[rows.size()];
        longitudes = new double[rows.size()];
        double s = Double.POSITIVE_INFINITY;
        double n = Double.NEGATIVE_INFINITY;
        double w = Double.POSITIVE_INFINITY;
        double e = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            postcodes[i] = row.get("postcode").strip();
            latitudes[i] = Double.parseDouble(row.get("lat"));
            longitudes[i] = Double.parseDouble(row.get("lon"));
            s = Math.min(s, latitudes[i]);
            n = Math.max(n, latitudes[i]);
            w = Math.min(w, longitudes[i]);
            e = Math.max(e, longitudes[i]);
        }
        if (lambeth == 0 || rows.size() == lambeth) {
            throw new IllegalStateException("the Lambeth and the nearby postcode files must both have rows");
        }
        south = s;
        north = n;
        west = w;
        east = e;
    }

    static PostcodePoints read() {
        return new PostcodePoints(SeedCsv.read("lambeth/lambeth_postcodes.csv"),
                SeedCsv.read("lambeth/nearby_postcodes_outside_lambeth.csv"));
    }

    int count() {
        return postcodes.length;
    }

    double latitudeSpan() {
        return north - south;
    }

    double longitudeSpan() {
        return east - west;
    }
}
