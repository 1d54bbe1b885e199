package org.lambeth.livingwell.openreferral;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.TextQuery;

/**
 * The {@code search} parameter as a query of the assets' full-text index that treats it as plain words, read as the
 * map's search reads its text ({@link TextQuery}); a refusal is a 400 naming the parameter.
 */
final class SearchText {

    private SearchText() {
    }

    /** The index query, or null when no text was given. */
    static String query(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TextQuery.of(text, parameter);
        } catch (InvalidArgumentException e) {
            throw new BadParameterException(parameter, text, e.problem());
        }
    }
}
