package org.lambeth.livingwell.analysis.graph;

import java.util.Objects;

/** Checks on the two sides an analysis compares. */
final class Sides {

    private Sides() {
    }

    /** Both given, and different. */
    static void requireTwo(String sideA, String sideB) {
        Objects.requireNonNull(sideA, "sideA");
        Objects.requireNonNull(sideB, "sideB");
        if (sideA.equals(sideB)) {
            throw new IllegalArgumentException("the two sides must differ: " + sideA);
        }
    }
}
