package org.lambeth.livingwell.asset.edit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.asset.hours.ScheduleException;
import org.lambeth.livingwell.asset.hours.WeeklySpan;

/**
 * Checks the opening hours addAsset and updateAsset take (OpeningHoursInput) and turns them into the two properties
 * the seeds and imports store ({@link OpeningHours#weeklyOpen()}, {@link OpeningHours#openExceptions()}). The
 * model's own rules ({@link WeeklySpan}, {@link ScheduleException}, {@link OpeningHours}) apply; on top come what an
 * editor can get wrong: a time that is not HH:mm, a span of no length, spans that overlap, a date that is not one,
 * too many spans. Every refusal names its path ({@code input.openingHours.regular[2].closes}) and quotes the value.
 */
final class OpeningHoursRules {

    static final int MAX_SPANS = 35;
    static final int MAX_EXCEPTIONS = 100;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private static final String PATH = "input.openingHours";
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final String END_OF_DAY = "24:00";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private OpeningHoursRules() {
    }

    /** The weeklyOpen and openExceptions properties; both null (removed) for null or no hours. */
    static Map<String, Object> properties(AssetInputs.OpeningHoursInput input) {
        var hours = input == null ? OpeningHours.none() : hours(input);
        var props = new LinkedHashMap<String, Object>();
        props.put("weeklyOpen", hours.isEmpty() ? null : boxed(hours.weeklyOpen()));
        props.put("openExceptions", hours.isEmpty() ? null : boxed(hours.openExceptions()));
        return props;
    }

    /** The checked hours. */
    static OpeningHours hours(AssetInputs.OpeningHoursInput input) {
        var regular = regular(input.regular() == null ? List.of() : input.regular());
        var exceptions = exceptions(input.exceptions() == null ? List.of() : input.exceptions());
        try {
            return new OpeningHours(regular, exceptions);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(PATH, e.getMessage());
        }
    }

    /** A span as people read it: {@code Monday 09:00-17:00}, {@code Friday 18:00-02:00 (next day)}. */
    static String text(WeeklySpan span) {
        return dayName(span.day()) + " " + span.opens() + "-" + span.closes() + (span.closesNextDay() ? " (next day)"
                : "");
    }

    /** An exception as people read it: {@code 2026-12-25 closed}, {@code 2026-12-24 10:00-14:00}. */
    static String text(ScheduleException exception) {
        return exception.date() + (exception.closed() ? " closed"
                : " " + exception.opens() + "-" + exception.closes()
                        + (exception.closesNextDay() ? " (next day)" : ""));
    }

    private static List<WeeklySpan> regular(List<AssetInputs.OpeningSpanInput> inputs) {
        return checked(inputs, "regular", MAX_SPANS, "weekly spans", OpeningHoursRules::span,
                OpeningHoursRules::spanClash);
    }

    /** Why a span cannot stand beside an earlier one (index j), or null when it can. */
    private static String spanClash(WeeklySpan span, WeeklySpan other, int j) {
        if (span.equals(other)) {
            return text(span) + " is given twice (also regular[" + j + "])";
        }
        return overlapsInTheWeek(span, other) ? text(span) + " overlaps regular[" + j + "] (" + text(other) + ")"
                : null;
    }

    /** Reads each input at its path (list[i]) and refuses the first that clashes with an earlier one. */
    private static <I, T> List<T> checked(List<I> inputs, String list, int max, String what,
            BiFunction<I, String, T> read, Clash<T> clash) {
        if (inputs.size() > max) {
            throw new InvalidArgumentException(PATH + "." + list, "at most " + max + " " + what + ", was "
                    + inputs.size());
        }
        var items = new ArrayList<T>();
        for (int i = 0; i < inputs.size(); i++) {
            var path = PATH + "." + list + "[" + i + "]";
            var item = read.apply(inputs.get(i), path);
            for (int j = 0; j < items.size(); j++) {
                var why = clash.with(item, items.get(j), j);
                if (why != null) {
                    throw new InvalidArgumentException(path, why);
                }
            }
            items.add(item);
        }
        return items;
    }

    /** Why an item cannot stand beside an earlier one at index j, or null. */
    private interface Clash<T> {
        String with(T item, T earlier, int j);
    }

    private static WeeklySpan span(AssetInputs.OpeningSpanInput input, String path) {
        if (input.day() == null) {
            throw new InvalidArgumentException(path + ".day", "give the day of the week");
        }
        var opens = time(input.opens(), path + ".opens", false);
        var closes = time(input.closes(), path + ".closes", true);
        checkLength(input.opens(), input.closes(), path);
        boolean nextDay = !closes.isAfter(opens);
        if (input.closesNextDay() != null && input.closesNextDay() != nextDay) {
            throw new InvalidArgumentException(path + ".closesNextDay", input.closesNextDay() + ", but closes "
                    + input.closes() + (nextDay ? " is not after" : " is after") + " opens " + input.opens()
                    + ", so it closes " + (nextDay ? "the next day" : "the same day"));
        }
        try {
            return WeeklySpan.of(input.day(), opens, closes);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(path, e.getMessage());
        }
    }

    private static List<ScheduleException> exceptions(List<AssetInputs.OpeningExceptionInput> inputs) {
        return checked(inputs, "exceptions", MAX_EXCEPTIONS, "dated exceptions", OpeningHoursRules::exception,
                OpeningHoursRules::clash);
    }

    private static ScheduleException exception(AssetInputs.OpeningExceptionInput input, String path) {
        var date = date(input.date(), path + ".date");
        if (Boolean.TRUE.equals(input.closed())) {
            noTime(input.opens(), path + ".opens");
            noTime(input.closes(), path + ".closes");
            return ScheduleException.closedOn(date);
        }
        if (input.opens() == null) {
            throw new InvalidArgumentException(path + ".opens",
                    "give the time it opens on " + date + " (or closed: true for a date closed all day)");
        }
        if (input.closes() == null) {
            throw new InvalidArgumentException(path + ".closes", "give the time it closes on " + date);
        }
        var opens = time(input.opens(), path + ".opens", false);
        var closes = time(input.closes(), path + ".closes", true);
        checkLength(input.opens(), input.closes(), path);
        try {
            return ScheduleException.openOn(date, opens, closes);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(path, e.getMessage());
        }
    }

    private static void noTime(String time, String path) {
        if (time != null) {
            throw new InvalidArgumentException(path, "'" + abbreviated(time)
                    + "': a date closed all day has no times (leave them out, or set closed to false)");
        }
    }

    /** Why an exception cannot stand beside an earlier one (index j), or null when it can. */
    private static String clash(ScheduleException exception, ScheduleException other, int j) {
        var earlier = "exceptions[" + j + "]";
        if (exception.date().equals(other.date()) && (exception.closed() || other.closed())) {
            if (exception.closed() && other.closed()) {
                return exception.date() + " is given twice (also " + earlier + ")";
            }
            return exception.closed()
                    ? exception.date() + " already has hours in " + earlier + " (" + text(other)
                            + "), so it cannot also be closed all day"
                    : text(exception) + ": " + other.date() + " is closed all day in " + earlier;
        }
        if (exception.closed() || other.closed()) {
            return null;
        }
        long start = absoluteStart(exception);
        long otherStart = absoluteStart(other);
        if (start < otherStart + other.endMinute() - other.startMinute()
                && otherStart < start + exception.endMinute() - exception.startMinute()) {
            return text(exception) + (exception.equals(other) ? " is given twice (also " + earlier + ")"
                    : " overlaps " + earlier + " (" + text(other) + ")");
        }
        return null;
    }

    private static long absoluteStart(ScheduleException exception) {
        return exception.date().toEpochDay() * WeeklySpan.DAY + exception.startMinute();
    }

    /** Whether two weekly spans share a minute, a span past Sunday midnight counting on Monday. */
    private static boolean overlapsInTheWeek(WeeklySpan a, WeeklySpan b) {
        for (int shift : new int[] {-WeeklySpan.WEEK, 0, WeeklySpan.WEEK}) {
            if (a.startMinute() + shift < b.endMinute() && b.startMinute() < a.endMinute() + shift) {
                return true;
            }
        }
        return false;
    }

    /** A time of day, HH:mm; a closing time may be 24:00 (midnight at the end of the day, read as 00:00). */
    private static LocalTime time(String text, String path, boolean closing) {
        if (text == null) {
            throw new InvalidArgumentException(path, "give a 24-hour HH:mm time");
        }
        if (closing && text.equals(END_OF_DAY)) {
            return LocalTime.MIDNIGHT;
        }
        if (!TIME.matcher(text).matches()) {
            throw new InvalidArgumentException(path, "'" + abbreviated(text) + "' is not a 24-hour HH:mm time (e.g. "
                    + (closing ? "17:30; 00:00 or 24:00 for midnight)" : "09:30)"));
        }
        return LocalTime.parse(text);
    }

    /** Opening and closing at the same time is a span of no length (00:00 to 24:00 is the whole day). */
    private static void checkLength(String opens, String closes, String path) {
        if (opens.equals(closes)) {
            throw new InvalidArgumentException(path + ".closes", "'" + closes + "' is the time it opens: it must close"
                    + " at another time (before it opens to close after midnight; 00:00 to 24:00 for the whole day)");
        }
    }

    private static LocalDate date(String text, String path) {
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException(path, "give a date, YYYY-MM-DD");
        }
        var date = parsedDate(text);
        if (date == null) {
            throw new InvalidArgumentException(path, "'" + abbreviated(text)
                    + "' is not a date (expected YYYY-MM-DD, e.g. 2026-12-25)");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidArgumentException(path, "'" + text + "' is not in the years " + FIRST_YEAR + "-"
                    + LAST_YEAR);
        }
        return date;
    }

    /** The date of YYYY-MM-DD text, or null when it is not one (2026-02-30 is not). */
    private static LocalDate parsedDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String dayName(DayOfWeek day) {
        return day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 17) + "...";
    }
}
