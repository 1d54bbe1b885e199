package org.lambeth.livingwell.seeds.network;

import java.util.Objects;

/**
 * A ward the demo network may place people in.
 *
 * @param code the ONS ward code, for example {@code E05014095}
 * @param half the ward's half of the borough: {@code "north"} or {@code "south"}
 */
public record WardRef(String code, String half) {

    /** Checks both values are present and that {@code half} is north or south (any case; kept lower case). */
    public WardRef {
        Objects.requireNonNull(code, "code");
        half = Halves.normalise(Objects.requireNonNull(half, "half"));
        if (!Halves.isKnown(half)) {
            throw new IllegalArgumentException("half must be north or south, was " + half);
        }
    }
}
