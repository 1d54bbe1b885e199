package org.lambeth.livingwell.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

/** Opaque Relay cursors over an ordered result: the position, base64-encoded. */
public final class OffsetCursor {

    private static final String PREFIX = "offset:";

    private OffsetCursor() {
    }

    public static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The edges of a page that starts after {@code offset} items: each item with its cursor ({@link #encode(int)}). */
    public static <T, E> List<E> edges(int offset, Collection<T> items, BiFunction<String, T, E> edge) {
        var edges = new ArrayList<E>(items.size());
        int position = offset;
        for (var item : items) {
            edges.add(edge.apply(encode(position++), item));
        }
        return edges;
    }

    /** The offset after {@code after}: 0 when null; a bad cursor is an error naming {@code argument}. */
    public static int startAfter(String after, String argument) {
        if (after == null) {
            return 0;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidArgumentException(argument, "'" + after + "' is not a cursor returned by this API");
    }

    /** A cursor that only a search of the same {@code scope} (a digest of its filter and order) accepts. */
    public static String encode(String scope, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + scope + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The offset after a cursor made by {@link #encode(String, int)} for the same scope: 0 when null; a malformed
     * cursor, or one from another search, is an error naming {@code argument}.
     */
    public static int startAfter(String after, String scope, String argument) {
        if (after == null) {
            return 0;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(argument, "'" + after + "' is not a cursor returned by this API");
        }
        var scoped = PREFIX + scope + ":";
        if (text.startsWith(PREFIX) && !text.startsWith(scoped)) {
            throw new InvalidArgumentException(argument, "'" + after + "' is a cursor of another search: a cursor "
                    + "only continues the search (filter and sort) that returned it");
        }
        if (text.startsWith(scoped) && text.substring(scoped.length()).matches("\\d{1,9}")) {
            return Integer.parseInt(text.substring(scoped.length())) + 1;
        }
        throw new InvalidArgumentException(argument, "'" + after + "' is not a cursor returned by this API");
    }

    /** Checks a page size against its cap. */
    public static int pageSize(Integer first, int cap, String argument) {
        if (first == null) {
            throw new InvalidArgumentException(argument, "a page size is required");
        }
        if (first < 1 || first > cap) {
            throw new InvalidArgumentException(argument, "must be between 1 and " + cap + ", was " + first);
        }
        return first;
    }
}
