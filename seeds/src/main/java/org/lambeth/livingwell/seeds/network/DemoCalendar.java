package org.lambeth.livingwell.seeds.network;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Dates for demo ties, all between 2013-01-01 and 2026-10-31. */
final class DemoCalendar {

    static final LocalDate FIRST = LocalDate.of(2013, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    /** The latest start, leaving room for an end date after it. */
    static final LocalDate LATEST_START = LAST.minusMonths(4);
    /** The North-South links grew as the Network scaled into the South. */
    static final LocalDate SOUTH_SCALING = LocalDate.of(2015, 1, 1);

    private DemoCalendar() {
    }

    static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(random.nextLong(days + 1));
    }

    static LocalDate start(SplittableRandom random) {
        return between(random, FIRST, LATEST_START);
    }

    /** An end date a month to four years after {@code since}, never after {@link #LAST}. */
    static LocalDate endAfter(SplittableRandom random, LocalDate since) {
        LocalDate end = since.plusDays(30 + random.nextLong(1430));
        return end.isAfter(LAST) ? LAST : end;
    }
}
