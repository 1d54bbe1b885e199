package org.lambeth.livingwell.seeds.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Builds the properties of a demo tie, in a stable order, with {@code demo = true} last. */
final class TieProps {

    /** The share of ordinary ties that have ended. */
    static final double ENDED_SHARE = 0.10;

    private final Map<String, Object> values = new LinkedHashMap<>();

    private TieProps(LocalDate since) {
        values.put("since", since.toString());
    }

    static TieProps since(LocalDate since) {
        return new TieProps(since);
    }

    /** Adds an {@code until} to about one tie in ten. */
    TieProps maybeEnded(SplittableRandom random, LocalDate since) {
        if (Draws.chance(random, ENDED_SHARE)) {
            values.put("until", DemoCalendar.endAfter(random, since).toString());
        }
        return this;
    }

    TieProps until(LocalDate until) {
        values.put("until", until.toString());
        return this;
    }

    TieProps strength(double strength) {
        values.put("strength", strength);
        return this;
    }

    TieProps text(String key, String value) {
        values.put(key, value);
        return this;
    }

    Map<String, Object> build() {
        values.put("demo", Boolean.TRUE);
        return values;
    }
}
