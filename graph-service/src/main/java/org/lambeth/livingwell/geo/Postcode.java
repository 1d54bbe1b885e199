package org.lambeth.livingwell.geo;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal form: upper case, one space before the inward code ({@code SW2 1RW}).
 *
 * @param value the normal form
 */
public record Postcode(String value) {

    private static final Pattern SHAPE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");

    /** Parses any case and spacing; throws with the reason when it is not shaped like a UK postcode. */
    public static Postcode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("postcode is empty");
        }
        var compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        var matcher = SHAPE.matcher(compact);
        if (compact.length() > 8 || !matcher.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a UK postcode (expected e.g. SW2 1RW)");
        }
        return new Postcode(matcher.group(1) + " " + matcher.group(2));
    }

    /** The key postcodes are stored under: no space ({@code SW21RW}). */
    public String key() {
        return value.replace(" ", "");
    }
}
