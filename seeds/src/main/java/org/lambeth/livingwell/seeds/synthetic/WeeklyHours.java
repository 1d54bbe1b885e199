package org.lambeth.livingwell.seeds.synthetic;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.lambeth.livingwell.seeds.network.Draws;

/**
 * Opening hours in the storage encoding: weekly {@code [start, end)} pairs in minutes of the week, Monday 00:00 = 0,
 * and dated exceptions {@code [epochDay, startMinuteOfDay, endMinuteOfDay]} ({@code [day, 0, 0]}: closed all day).
 *
 * <p>Patterns (approximate shares): none 20%, office hours Monday to Friday 30%, office hours and Saturday morning
 * 10%, weekday evenings 12%, weekends 12%, a few weekday daytimes 8%, late nights Thursday to Sunday (the Sunday span
 * runs past the end of the week) 4%, always open 4%. About 10% of assets have 1 to 3 exceptions between
 * 1 December 2026 and 31 January 2027, mostly closures on the holidays.</p>
 */
final class WeeklyHours {

    private static final int DAY = 24 * 60;
    private static final long[] NONE = new long[0];
    private static final long[] ALWAYS = { 0, SyntheticAsset.WEEK_MINUTES };
    private static final double[] PATTERN_WEIGHTS = { 20, 30, 10, 12, 12, 8, 4, 4 };

    static final LocalDate EXCEPTIONS_FROM = LocalDate.of(2026, 12, 1);
    static final LocalDate EXCEPTIONS_TO = LocalDate.of(2027, 1, 31);
    private static final LocalDate[] HOLIDAYS = { LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 1, 1) };

    private WeeklyHours() {
    }

    static long[] weekly(SplittableRandom random) {
        return switch (Draws.weighted(random, PATTERN_WEIGHTS)) {
            case 0 -> NONE;
            case 1 -> days(0, 5, at(random, 8, 9, 10), at(random, 16, 17, 17, 18));
            case 2 -> {
                var weekdays = days(0, 5, 9 * 60, 17 * 60);
                var all = Arrays.copyOf(weekdays, weekdays.length + 2);
                all[weekdays.length] = 5 * DAY + 10 * 60;
                all[weekdays.length + 1] = 5 * DAY + 13 * 60;
                yield all;
            }
            case 3 -> someDays(random, 0, 5, 1 + random.nextInt(3), at(random, 18, 18, 19),
                    at(random, 20, 21, 21, 22));
            case 4 -> days(5, 7, at(random, 9, 10, 11), at(random, 14, 16, 17));
            case 5 -> someDays(random, 0, 5, 2 + random.nextInt(3), at(random, 10, 10, 11), at(random, 13, 15, 16));
            case 6 -> days(3, 7, 19 * 60, DAY + 60); // 19:00 to 01:00; Sunday's span ends at 10140
            default -> ALWAYS.clone();
        };
    }

    /** 1 to 3 exceptions for about 10% of assets; none otherwise. */
    static long[] exceptions(SplittableRandom random) {
        if (random.nextDouble() >= 0.10) {
            return NONE;
        }
        int count = 1 + random.nextInt(3);
        long first = EXCEPTIONS_FROM.toEpochDay();
        int span = (int) (EXCEPTIONS_TO.toEpochDay() - first + 1);
        var days = new long[count];
        int chosen = 0;
        while (chosen < count) {
            long day = random.nextDouble() < 0.6 ? HOLIDAYS[random.nextInt(HOLIDAYS.length)].toEpochDay()
                    : first + random.nextInt(span);
            if (!contains(days, chosen, day)) {
                days[chosen++] = day;
            }
        }
        Arrays.sort(days);
        var triplets = new long[count * 3];
        for (int i = 0; i < count; i++) {
            triplets[i * 3] = days[i];
            if (random.nextDouble() < 0.7) {
                continue; // closed all day: [day, 0, 0]
            }
            int start = at(random, 9, 10, 11);
            triplets[i * 3 + 1] = start;
            triplets[i * 3 + 2] = start + (2 + random.nextInt(4)) * 60;
        }
        return triplets;
    }

    private static boolean contains(long[] values, int count, long value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** The same hours on each day from {@code firstDay} (0 = Monday) to before {@code endDay}. */
    private static long[] days(int firstDay, int endDay, int start, int end) {
        var pairs = new long[(endDay - firstDay) * 2];
        for (int day = firstDay; day < endDay; day++) {
            pairs[(day - firstDay) * 2] = (long) day * DAY + start;
            pairs[(day - firstDay) * 2 + 1] = (long) day * DAY + end;
        }
        return pairs;
    }

    /** The same hours on {@code count} distinct days between {@code firstDay} and before {@code endDay}, in order. */
    private static long[] someDays(SplittableRandom random, int firstDay, int endDay, int count, int start, int end) {
        boolean[] open = new boolean[endDay - firstDay];
        int chosen = 0;
        while (chosen < count) {
            int d = random.nextInt(open.length);
            if (!open[d]) {
                open[d] = true;
                chosen++;
            }
        }
        var pairs = new long[count * 2];
        int p = 0;
        for (int d = 0; d < open.length; d++) {
            if (open[d]) {
                pairs[p++] = (long) (firstDay + d) * DAY + start;
                pairs[p++] = (long) (firstDay + d) * DAY + end;
            }
        }
        return pairs;
    }

    /** One of the given hours, as minutes of the day. */
    private static int at(SplittableRandom random, int... hours) {
        return hours[random.nextInt(hours.length)] * 60;
    }
}
