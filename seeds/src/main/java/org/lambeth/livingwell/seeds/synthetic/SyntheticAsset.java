package org.lambeth.livingwell.seeds.synthetic;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One made-up community asset of the search benchmark. The field names are the storage contract: the benchmark
 * loader writes them as {@code :Asset} properties of the same names.
 *
 * @param id             {@code "syn-"} and the 7-digit, zero-padded index, e.g. {@code syn-0000042}
 * @param name           e.g. "Brixton Community Garden 1234"
 * @param description    one sentence of 8 to 20 words
 * @param latitude       WGS-84 degrees
 * @param longitude      WGS-84 degrees
 * @param postcode       the postcode the point was placed near; null when it was placed on a translated copy
 * @param categoryId     a leaf category of {@code seeds/taxonomy/categories.csv}
 * @param weeklyOpen     flattened {@code [start, end)} pairs in minutes of the week (Monday 00:00 = 0), sorted and
 *                       not overlapping; an end may pass 10080 for a span past Sunday midnight; empty when no hours
 *                       are known; {@code [0, 10080]} is always open
 * @param openExceptions flattened {@code [epochDay, startMinuteOfDay, endMinuteOfDay]} triplets, days ascending;
 *                       {@code [day, 0, 0]} is closed all day; empty for most assets
 * @param accessibility  a subset of {@link #ACCESSIBILITY_FEATURES}, in that order
 * @param free           true: free to use; false: charges; null: not recorded
 * @param visibility     {@code "PUBLIC"} or {@code "NETWORK"}
 * @param updatedAt      when the record was last changed
 */
public record SyntheticAsset(String id, String name, String description, double latitude, double longitude,
        String postcode, String categoryId, long[] weeklyOpen, long[] openExceptions, List<String> accessibility,
        Boolean free, String visibility, Instant updatedAt) {

    public static final List<String> ACCESSIBILITY_FEATURES = List.of("STEP_FREE_ACCESS", "ACCESSIBLE_TOILET",
            "BABY_CHANGING", "HEARING_LOOP", "QUIET_SPACE", "ASSISTANCE_DOGS_WELCOME");

    /** Minutes in a week. */
    public static final int WEEK_MINUTES = 7 * 24 * 60;

    @Override
    public boolean equals(Object other) {
        return other instanceof SyntheticAsset that && id.equals(that.id) && name.equals(that.name)
                && description.equals(that.description)
                && Double.compare(latitude, that.latitude) == 0 && Double.compare(longitude, that.longitude) == 0
                && Objects.equals(postcode, that.postcode) && categoryId.equals(that.categoryId)
                && Arrays.equals(weeklyOpen, that.weeklyOpen) && Arrays.equals(openExceptions, that.openExceptions)
                && accessibility.equals(that.accessibility) && Objects.equals(free, that.free)
                && visibility.equals(that.visibility) && updatedAt.equals(that.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, description, latitude, longitude, postcode, categoryId,
                Arrays.hashCode(weeklyOpen), Arrays.hashCode(openExceptions), accessibility, free, visibility,
                updatedAt);
    }

    @Override
    public String toString() {
        return "SyntheticAsset[id=" + id + ", name=" + name + ", description=" + description + ", latitude="
                + latitude + ", longitude=" + longitude + ", postcode=" + postcode + ", categoryId=" + categoryId
                + ", weeklyOpen=" + Arrays.toString(weeklyOpen) + ", openExceptions="
                + Arrays.toString(openExceptions) + ", accessibility=" + accessibility + ", free=" + free
                + ", visibility=" + visibility + ", updatedAt=" + updatedAt + "]";
    }
}
