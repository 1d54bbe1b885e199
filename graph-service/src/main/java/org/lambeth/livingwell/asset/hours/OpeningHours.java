package org.lambeth.livingwell.asset.hours;

import static org.lambeth.livingwell.asset.hours.WeeklySpan.DAY;
import static org.lambeth.livingwell.asset.hours.WeeklySpan.WEEK;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * When an asset is open: a regular week of {@link WeeklySpan}s, and {@link ScheduleException}s for particular dates.
 * <p>
 * Each date's own hours are its exceptions when it has any (they are then the whole truth for that date, and the
 * weekly spans of its day of the week are ignored), and otherwise the weekly spans of its day of the week. A date's
 * hours are those that <em>start</em> on it; hours running past midnight still count on the next date whatever that
 * next date's exceptions say. So with Friday 11:00–03:00, Saturday 02:00 is open even when that Saturday is closed
 * all day by an exception, and is closed when that Friday is closed all day (or has other hours) by an exception.
 * <p>
 * Stored on an Asset node as {@link #weeklyOpen()} and {@link #openExceptions()}; {@link #decode} reads them back.
 * Both lists are kept in a canonical order (spans by start then end, exceptions by date, start then end), so
 * {@code decode(h.weeklyOpen(), h.openExceptions())} equals {@code h}.
 */
public record OpeningHours(List<WeeklySpan> regular, List<ScheduleException> exceptions) {

    private static final Comparator<WeeklySpan> SPAN_ORDER = Comparator.comparingInt(WeeklySpan::startMinute)
            .thenComparingInt(WeeklySpan::endMinute);
    private static final Comparator<ScheduleException> EXCEPTION_ORDER = Comparator
            .comparing(ScheduleException::date).thenComparingInt(ScheduleException::startMinute)
            .thenComparingInt(ScheduleException::endMinute);

    /** Sorts both lists (nulls are empty); rejects a date that is both closed all day and open at some hours. */
    public OpeningHours {
        regular = regular == null ? List.of() : regular.stream().sorted(SPAN_ORDER).toList();
        exceptions = exceptions == null ? List.of() : exceptions.stream().sorted(EXCEPTION_ORDER).toList();
        var closed = new HashSet<LocalDate>();
        exceptions.stream().filter(ScheduleException::closed).forEach(e -> closed.add(e.date()));
        exceptions.stream().filter(e -> !e.closed() && closed.contains(e.date())).findFirst().ifPresent(e -> {
            throw new IllegalArgumentException("A date closed all day cannot also have hours: " + e);
        });
    }

    /** No hours known: no regular spans and no exceptions. */
    public static OpeningHours none() {
        return new OpeningHours(List.of(), List.of());
    }

    /** Whether no hours are known at all. */
    public boolean isEmpty() {
        return regular.isEmpty() && exceptions.isEmpty();
    }

    /** The {@code weeklyOpen} property: flattened {@code [start, end)} minute-of-week pairs, sorted by start. */
    public long[] weeklyOpen() {
        return regular.stream().map(WeeklySpan::toMinutes).flatMapToLong(Arrays::stream).toArray();
    }

    /** The {@code openExceptions} property: flattened {@code [epochDay, start, end]} triplets, sorted by date. */
    public long[] openExceptions() {
        return exceptions.stream().map(ScheduleException::toTriplet).flatMapToLong(Arrays::stream)
                .toArray();
    }

    /**
     * The hours stored in the two properties (null is empty). A pair longer than 24 hours (which this class never
     * writes) is read as consecutive spans split at midnight, each at most a day long.
     *
     * @throws IllegalArgumentException when a list has the wrong length, a null element or a value out of range
     */
    public static OpeningHours decode(List<Long> weeklyOpen, List<Long> openExceptions) {
        var regular = new ArrayList<WeeklySpan>();
        var pairs = values(weeklyOpen, 2, "weeklyOpen");
        for (int i = 0; i < pairs.length; i += 2) {
            long start = pairs[i];
            long end = pairs[i + 1];
            if (start < 0 || start >= WEEK || end <= start) {
                throw new IllegalArgumentException("Not a weekly opening span: [" + start + ", " + end + "]");
            }
            while (end - start > DAY) {
                long midnight = (start / DAY + 1) * DAY;
                regular.add(WeeklySpan.fromMinutes(start, midnight));
                start = midnight % WEEK;
                end -= midnight - start;
            }
            regular.add(WeeklySpan.fromMinutes(start, end));
        }
        var exceptions = new ArrayList<ScheduleException>();
        var triplets = values(openExceptions, 3, "openExceptions");
        for (int i = 0; i < triplets.length; i += 3) {
            exceptions.add(ScheduleException.fromTriplet(triplets[i], triplets[i + 1], triplets[i + 2]));
        }
        return new OpeningHours(regular, exceptions);
    }

    /**
     * Whether it is open at this local (London) date and time, by the date's exceptions or regular hours, or by
     * the previous date's hours running past midnight (see the class comment).
     */
    public boolean isOpenAt(LocalDateTime londonTime) {
        var date = londonTime.toLocalDate();
        int minute = WeeklySpan.minuteOfDay(londonTime.toLocalTime());
        return covers(hoursOf(date), minute) || covers(hoursOf(date.minusDays(1)), minute + DAY);
    }

    /** Whether the regular week is open on this day at this time (exceptions are ignored). */
    public boolean isOpenAt(DayOfWeek day, LocalTime time) {
        int minute = WeeklySpan.dayStart(day) + WeeklySpan.minuteOfDay(time);
        return regular.stream().anyMatch(s -> s.startMinute() <= minute && minute < s.endMinute()
                || s.startMinute() <= minute + WEEK && minute + WEEK < s.endMinute());
    }

    /** The {@code [start, end)} minutes of the date of the hours that start on it. */
    private List<int[]> hoursOf(LocalDate date) {
        var own = exceptions.stream().filter(e -> e.date().equals(date)).toList();
        if (!own.isEmpty()) {
            return own.stream().filter(e -> !e.closed()).map(e -> new int[] {e.startMinute(), e.endMinute()})
                    .toList();
        }
        int dayStart = WeeklySpan.dayStart(date.getDayOfWeek());
        return regular.stream().filter(s -> s.day() == date.getDayOfWeek())
                .map(s -> new int[] {s.startMinute() - dayStart, s.endMinute() - dayStart}).toList();
    }

    private static boolean covers(List<int[]> hours, int minute) {
        return hours.stream().anyMatch(h -> h[0] <= minute && minute < h[1]);
    }

    private static long[] values(List<Long> values, int group, String property) {
        if (values == null) {
            return new long[0];
        }
        if (values.size() % group != 0 || values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(
                    property + " must hold groups of " + group + " integers, not " + values);
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
