package org.lambeth.livingwell.ingest;

import java.util.Locale;

/** The file formats assets are imported from. */
public enum ImportFormat {
    /** A GeoJSON FeatureCollection of Point features; properties named as the CSV columns. */
    GEOJSON,
    /** CSV with a header row (RFC 4180, UTF-8); columns mapped by header. */
    CSV,
    /** Open Referral HSDS 3 / ORUK JSON: an array of services (or a page of them), in full. */
    OPEN_REFERRAL;

    /** From the command line: {@code geojson}, {@code csv} or {@code open-referral} (any case). */
    public static ImportFormat parse(String text) {
        var normal = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normal.equals("ORUK") || normal.equals("HSDS")) {
            return OPEN_REFERRAL;
        }
        try {
            return valueOf(normal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "': expected geojson, csv or open-referral");
        }
    }
}
