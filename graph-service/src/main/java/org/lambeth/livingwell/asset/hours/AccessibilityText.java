package org.lambeth.livingwell.asset.hours;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads accessibility features from source texts, such as the Community Toilet Scheme's facilities
 * ({@code Male/Female/Disabled/Baby Changing}).
 */
public final class AccessibilityText {

    private static final Pattern PARTS = Pattern.compile("\\s*[/,;]\\s*");

    /** Each facility the scheme lists, lower case; an empty value means the facility implies no feature. */
    private static final Map<String, Optional<AccessibilityFeature>> TOILET_FACILITIES = Map.of(
            "male", Optional.empty(),
            "female", Optional.empty(),
            "unisex", Optional.empty(),
            "disabled", Optional.of(AccessibilityFeature.ACCESSIBLE_TOILET),
            "accessible", Optional.of(AccessibilityFeature.ACCESSIBLE_TOILET),
            "baby changing", Optional.of(AccessibilityFeature.BABY_CHANGING));

    private AccessibilityText() {
    }

    /**
     * The features named by a toilet's facilities text ({@code /}-separated, case and spacing ignored), as
     * {@link AccessibilityFeature} names in alphabetical order; null or blank gives none.
     *
     * @throws IllegalArgumentException naming a facility that is not recognised, and quoting the text
     */
    public static List<String> fromToiletFacilities(String facilities) {
        return toiletFeatures(facilities).stream().map(Enum::name).sorted().toList();
    }

    /** The features named by a toilet's facilities text, as {@link #fromToiletFacilities(String)} reads them. */
    public static Set<AccessibilityFeature> toiletFeatures(String facilities) {
        var features = EnumSet.noneOf(AccessibilityFeature.class);
        if (facilities == null || facilities.isBlank()) {
            return features;
        }
        for (String part : PARTS.split(facilities.strip())) {
            var key = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            var feature = TOILET_FACILITIES.get(key);
            if (feature == null) {
                throw new IllegalArgumentException(
                        "Cannot read toilet facilities: unknown facility \"" + part + "\" in \"" + facilities + "\"");
            }
            feature.ifPresent(features::add);
        }
        return features;
    }
}
