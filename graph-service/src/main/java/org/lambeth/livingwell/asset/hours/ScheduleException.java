package org.lambeth.livingwell.asset.hours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Hours on one date that replace the regular week: closed all day when {@code opens} (and {@code closes}) is null,
 * otherwise open from {@code opens} to {@code closes}; as in {@link WeeklySpan}, a {@code closes} not after
 * {@code opens} is on the next day (00:00 is midnight at the end of the date). A date may have several exceptions
 * (split hours), which together are all its hours.
 * <p>
 * Stored in {@code openExceptions} as the triplet {@code [epochDay, startMinute, endMinute]}, minutes of the date,
 * {@code endMinute} past 1440 when it closes after midnight; {@code [epochDay, 0, 0]} is closed all day.
 */
public record ScheduleException(LocalDate date, LocalTime opens, LocalTime closes) {

    public ScheduleException {
        Objects.requireNonNull(date, "date");
        if ((opens == null) != (closes == null)) {
            throw new IllegalArgumentException("An exception has both opening and closing times, or neither: "
                    + date + " " + opens + "-" + closes);
        }
        if (opens != null && (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0
                || closes.getNano() != 0)) {
            throw new IllegalArgumentException("Opening times are whole minutes: " + date + " " + opens + "-" + closes);
        }
    }

    /** Closed all day on this date. */
    public static ScheduleException closedOn(LocalDate date) {
        return new ScheduleException(date, null, null);
    }

    /** Open on this date only between these times. */
    public static ScheduleException openOn(LocalDate date, LocalTime opens, LocalTime closes) {
        return new ScheduleException(date, Objects.requireNonNull(opens, "opens"),
                Objects.requireNonNull(closes, "closes"));
    }

    /** Whether this closes the whole date. */
    public boolean closed() {
        return opens == null;
    }

    /** Whether it closes after midnight, on the day after {@link #date()}. */
    public boolean closesNextDay() {
        return !closed() && !closes.isAfter(opens);
    }

    /** Minute of the date it opens; 0 when {@link #closed()}. */
    public int startMinute() {
        return closed() ? 0 : WeeklySpan.minuteOfDay(opens);
    }

    /** Minute of the date it closes (exclusive), past 1440 after midnight; 0 when {@link #closed()}. */
    public int endMinute() {
        return closed() ? 0 : (closesNextDay() ? WeeklySpan.DAY : 0) + WeeklySpan.minuteOfDay(closes);
    }

    /** The {@code [epochDay, startMinute, endMinute]} triplet stored in {@code openExceptions}. */
    public long[] toTriplet() {
        return new long[] {date.toEpochDay(), startMinute(), endMinute()};
    }

    /**
     * The exception of a stored triplet.
     *
     * @throws IllegalArgumentException unless it is {@code [d, 0, 0]} or has {@code 0 <= start < 1440} and
     *         {@code start < end <= start + 1440}
     */
    public static ScheduleException fromTriplet(long epochDay, long startMinute, long endMinute) {
        var date = LocalDate.ofEpochDay(epochDay);
        if (startMinute == 0 && endMinute == 0) {
            return closedOn(date);
        }
        if (startMinute < 0 || startMinute >= WeeklySpan.DAY || endMinute <= startMinute
                || endMinute - startMinute > WeeklySpan.DAY) {
            throw new IllegalArgumentException(
                    "Not an opening exception: [" + epochDay + ", " + startMinute + ", " + endMinute + "]");
        }
        return openOn(date, WeeklySpan.time(startMinute), WeeklySpan.time(endMinute % WeeklySpan.DAY));
    }
}
