package org.lambeth.livingwell.asset.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One regular opening span: opens on {@code day} at {@code opens} and closes at {@code closes}, on the same day or,
 * when {@code closesNextDay}, on the following day (Friday 11:00–03:00 is one span of Friday).
 * <p>
 * Closing at midnight is {@code closes = 00:00} with {@code closesNextDay = true}: the span ends at the next day's
 * 00:00. A span lasts more than zero minutes and at most 24 hours, so {@code closesNextDay} holds exactly when
 * {@code closes} is not after {@code opens} ({@link #of} derives it that way); opens 00:00, closes 00:00 next day is
 * the whole day.
 * <p>
 * As minutes of the week (Monday 00:00 = 0) the span is the pair {@code [start, end)}: {@code start} in 0..10079 and
 * {@code end} past 10080 when a Sunday span runs past midnight.
 */
public record WeeklySpan(DayOfWeek day, LocalTime opens, LocalTime closes, boolean closesNextDay) {

    /** Minutes in a day. */
    public static final int DAY = 1440;
    /** Minutes in a week. */
    public static final int WEEK = 7 * DAY;

    public WeeklySpan {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (closesNextDay == closes.isAfter(opens)) {
            throw new IllegalArgumentException(closesNextDay
                    ? "A span closing the next day must close no later than it opens: " + opens + "-" + closes
                    : "A span closing the same day must close after it opens: " + opens + "-" + closes);
        }
        if (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0 || closes.getNano() != 0) {
            throw new IllegalArgumentException("Opening times are whole minutes: " + opens + "-" + closes);
        }
    }

    /** The span opening and closing at these times, closing the next day when {@code closes} is not after opens. */
    public static WeeklySpan of(DayOfWeek day, LocalTime opens, LocalTime closes) {
        return new WeeklySpan(day, opens, closes, !closes.isAfter(opens));
    }

    /** Minute of the week it opens: 0..10079. */
    public int startMinute() {
        return dayStart(day) + minuteOfDay(opens);
    }

    /** Minute of the week it closes (exclusive): after {@link #startMinute()}, up to 24 hours later. */
    public int endMinute() {
        return dayStart(day) + (closesNextDay ? DAY : 0) + minuteOfDay(closes);
    }

    /** The {@code [start, end)} pair stored in {@code weeklyOpen}. */
    public long[] toMinutes() {
        return new long[] {startMinute(), endMinute()};
    }

    /**
     * The span of a stored {@code [start, end)} pair.
     *
     * @throws IllegalArgumentException unless {@code 0 <= start < 10080} and {@code start < end <= start + 1440}
     */
    public static WeeklySpan fromMinutes(long start, long end) {
        if (start < 0 || start >= WEEK || end <= start || end - start > DAY) {
            throw new IllegalArgumentException("Not a weekly opening span: [" + start + ", " + end + "]");
        }
        var day = DayOfWeek.of((int) (start / DAY) + 1);
        int dayStart = dayStart(day);
        return new WeeklySpan(day, time(start - dayStart), time((end - dayStart) % DAY), end - dayStart >= DAY);
    }

    /** Minute of the week at which this day begins: Monday 0, Sunday 8640. */
    static int dayStart(DayOfWeek day) {
        return (day.getValue() - 1) * DAY;
    }

    static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    static LocalTime time(long minuteOfDay) {
        return LocalTime.of((int) (minuteOfDay / 60), (int) (minuteOfDay % 60));
    }
}
