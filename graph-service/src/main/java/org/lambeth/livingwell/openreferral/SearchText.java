package org.lambeth.livingwell.openreferral;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code search} parameter as a query of the assets' full-text index that treats it as plain words (the map's
 * search reads its text the same way): runs of letters and digits, lower-cased so AND/OR/NOT are words, every word
 * required, the last one also as a prefix. Index syntax in the text is only ever a separator.
 */
final class SearchText {

    static final int MAX_CHARACTERS = 200;
    static final int MAX_WORDS = 12;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** The index query, or null when no text was given. */
    static String query(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new BadParameterException(parameter, text, "at most " + MAX_CHARACTERS + " characters");
        }
        var words = Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                .distinct().toList();
        if (words.isEmpty()) {
            throw new BadParameterException(parameter, text, "has no words to search for");
        }
        if (words.size() > MAX_WORDS) {
            throw new BadParameterException(parameter, text, "at most " + MAX_WORDS + " words");
        }
        var last = words.getLast();
        var lastClause = last.length() >= 2 ? "(" + last + " OR " + last + "*)" : last;
        var required = words.subList(0, words.size() - 1).stream().collect(Collectors.joining(" AND "));
        return required.isEmpty() ? lastClause : required + " AND " + lastClause;
    }
}
