package org.lambeth.livingwell.seeds.network;

import java.util.Objects;

/**
 * An organisation that demo people may be members of, or be introduced to.
 *
 * @param id   the organisation's id, for example {@code org-certitude}
 * @param half {@code "north"}, {@code "south"}, or {@code null} (or blank, kept as null) when the
 *             organisation works borough-wide
 */
public record OrganisationRef(String id, String half) {

    /**
     * Checks the id is present and that {@code half}, when given, is north or south
     * (any case; kept lower case).
     */
    public OrganisationRef {
        Objects.requireNonNull(id, "id");
        half = half == null || half.isBlank() ? null : Halves.normalise(half);
        if (half != null && !Halves.isKnown(half)) {
            throw new IllegalArgumentException("half must be north, south or null, was " + half);
        }
    }
}
