package org.lambeth.livingwell.asset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.lambeth.livingwell.asset.hours.AccessibilityFeature;

/**
 * The GraphQL AssetFilter input: every part optional, every part given must match.
 *
 * @param visibility which visibilities to include; PUBLIC only when null
 */
public record AssetFilter(Near near, Within within, List<String> categories, String text, OpenAt openAt, Boolean openNow,
        List<AccessibilityFeature> accessibility, Boolean free, List<Visibility> visibility) {

    public static final AssetFilter NONE = new AssetFilter(null, null, null, null, null, null, null, null, null);

    public record Near(PlaceInput place, Double radiusMetres) {
    }

    /** A box or a locality, not both. */
    public record Within(Box box, String locality) {
    }

    /** A WGS-84 box; also the GraphQL Box type. */
    public record Box(Double south, Double west, Double north, Double east) {
    }

    /** A day and HH:mm time, with an optional date whose exceptions apply. */
    public record OpenAt(DayOfWeek day, String time, LocalDate date) {
    }

    public AssetFilter withBox(Box box) {
        return new AssetFilter(near, new Within(box, within == null ? null : within.locality()), categories, text,
                openAt, openNow, accessibility, free, visibility);
    }

    public AssetFilter withCategories(List<String> ids) {
        return new AssetFilter(near, within, ids, text, openAt, openNow, accessibility, free, visibility);
    }

    public AssetFilter withNear(Near place) {
        return new AssetFilter(place, within, categories, text, openAt, openNow, accessibility, free, visibility);
    }
}
