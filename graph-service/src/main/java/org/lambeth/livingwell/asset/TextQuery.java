package org.lambeth.livingwell.asset;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lambeth.livingwell.api.InvalidArgumentException;

/**
 * A person's search text as a full-text index query that treats it as plain words: the text is split into runs of
 * letters and digits (so {@code *?~"(:} and the like are separators, never syntax), lower-cased (so AND, OR and NOT
 * are words, not operators), every word required, the last one also matched as a prefix.
 */
public final class TextQuery {

    static final int MAX_CHARACTERS = 200;
    static final int MAX_WORDS = 12;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextQuery() {
    }

    /** The index query for {@code text}; an error naming {@code argument} when it is too long or has no words. */
    public static String of(String text, String argument) {
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidArgumentException(argument,
                    "at most " + MAX_CHARACTERS + " characters, was " + text.length());
        }
        var words = Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty()).distinct().toList();
        if (words.isEmpty()) {
            throw new InvalidArgumentException(argument, "has no words to search for: '" + text + "'");
        }
        if (words.size() > MAX_WORDS) {
            throw new InvalidArgumentException(argument, "at most " + MAX_WORDS + " words, was " + words.size());
        }
        var last = words.getLast();
        var required = words.subList(0, words.size() - 1).stream().collect(Collectors.joining(" AND "));
        var lastClause = last.length() >= 2 ? "(" + last + " OR " + last + "*)" : last;
        return required.isEmpty() ? lastClause : required + " AND " + lastClause;
    }
}
