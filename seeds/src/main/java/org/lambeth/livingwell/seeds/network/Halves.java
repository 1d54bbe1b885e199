package org.lambeth.livingwell.seeds.network;

import java.util.Locale;

/** The two halves of the borough that the demo network is shaped around. */
final class Halves {

    static final String NORTH = "north";
    static final String SOUTH = "south";

    private Halves() {
    }

    static boolean isKnown(String half) {
        return NORTH.equals(half) || SOUTH.equals(half);
    }

    static String normalise(String half) {
        return half.strip().toLowerCase(Locale.ROOT);
    }
}
