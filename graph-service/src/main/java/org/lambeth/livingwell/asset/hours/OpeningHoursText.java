package org.lambeth.livingwell.asset.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the regular week of {@link OpeningHours} from source texts: the libraries' {@code staffed_hours} day map and
 * the Community Toilet Scheme's notes.
 * <p>
 * Times are {@code H:MM} or {@code HH:MM}; a span closing at or before its opening time closes the next day, and
 * closing at 00:00 (or 24:00) is midnight at the end of the day, both as {@link WeeklySpan#of} represents them. Day
 * names are three or more letters of the English name ({@code Mon}, {@code Tues}, {@code Sunday}), in any case; a
 * range {@code Sun - Thu} runs forward through the week, wrapping past Sunday. Days not given are closed.
 * <p>
 * Text that cannot be read throws {@link IllegalArgumentException}, whose message names the part not understood and
 * quotes the whole text.
 */
public final class OpeningHoursText {

    private static final String DASH = "[-\u2013\u2014]";
    private static final String WORD = "[A-Za-z]+";
    /** Days then a colon: {@code Mon:}, {@code Mon - Sat:}, {@code Fri & Sat:}, {@code Sat:10:30}. */
    private static final Pattern DAYS_HEADER =
            Pattern.compile("\\b(" + WORD + "(?:\\s*(?:" + DASH + "|&|,)\\s*" + WORD + ")*)\\s*:");
    private static final Pattern DAY_RANGE = Pattern.compile("(" + WORD + ")(?:\\s*" + DASH + "\\s*(" + WORD + "))?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[&,]\\s*");
    private static final Pattern SPAN = Pattern.compile("(\\S+)\\s*" + DASH + "\\s*(\\S+)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private OpeningHoursText() {
    }

    /**
     * Hours from a map of day ({@code mon}..{@code sun}) to spans such as {@code "13:00-20:00"}, several separated
     * by {@code ,} or {@code &}; a blank, absent or {@code Closed} day is closed. Null is no hours.
     */
    public static OpeningHours fromDayMap(Map<String, String> staffedHours) {
        if (staffedHours == null) {
            return OpeningHours.none();
        }
        var reading = new Reading("staffed hours", staffedHours.toString());
        var spans = new ArrayList<WeeklySpan>();
        for (var entry : staffedHours.entrySet()) {
            var day = reading.day(entry.getKey() == null ? "" : entry.getKey().strip());
            var hours = entry.getValue() == null ? "" : entry.getValue().strip();
            if (!hours.isEmpty()) {
                reading.spans(Set.of(day), hours, spans);
            }
        }
        return new OpeningHours(spans, List.of());
    }

    /**
     * Hours from the Community Toilet Scheme's notes: groups of days, a colon and either {@code Closed} or spans
     * separated by {@code &} or {@code ,}, as in {@code "Mon - Thu: 11:00 - 23:00 Fri & Sat: 11:00 - 03:00 Sun:
     * Closed"}. Null or blank is no hours.
     */
    public static OpeningHours fromSchemeNotes(String notes) {
        if (notes == null || notes.isBlank()) {
            return OpeningHours.none();
        }
        var reading = new Reading("opening hours", notes);
        var spans = new ArrayList<WeeklySpan>();
        Matcher header = DAYS_HEADER.matcher(notes);
        boolean found = header.find();
        if (!found || !notes.substring(0, header.start()).isBlank()) {
            var unread = found ? notes.substring(0, header.start()) : notes;
            throw reading.error("expected days and ':' at \"" + unread.strip() + "\"");
        }
        while (true) {
            var days = reading.days(header.group(1));
            int hoursStart = header.end();
            boolean more = header.find();
            var hours = notes.substring(hoursStart, more ? header.start() : notes.length()).strip();
            reading.spans(days, hours, spans);
            if (!more) {
                return new OpeningHours(spans, List.of());
            }
        }
    }

    /** One text being read, for its error messages, and the days it has given so far. */
    private record Reading(String what, String text, Set<DayOfWeek> given) {

        Reading(String what, String text) {
            this(what, text, EnumSet.noneOf(DayOfWeek.class));
        }

        /** The days of a group such as {@code Mon - Wed & Fri}; each may be given once in the whole text. */
        Set<DayOfWeek> days(String group) {
            var days = EnumSet.noneOf(DayOfWeek.class);
            for (String item : LIST_SEPARATOR.split(group.strip())) {
                Matcher range = DAY_RANGE.matcher(item);
                if (!range.matches()) {
                    throw error("cannot read days \"" + item + "\"");
                }
                var from = dayName(range.group(1));
                var to = range.group(2) == null ? from : dayName(range.group(2));
                for (var day = from; ; day = day.plus(1)) {
                    days.add(day);
                    if (day == to) {
                        break;
                    }
                }
            }
            for (var day : days) {
                given(day);
            }
            return days;
        }

        /** A single day, such as a day map's key; each may be given once. */
        DayOfWeek day(String name) {
            var day = dayName(name);
            given(day);
            return day;
        }

        /** Adds to {@code spans} those of the hours (such as {@code 12:00 - 14:30 & 18:00 - 00:00}) on each day. */
        void spans(Set<DayOfWeek> days, String hours, List<WeeklySpan> spans) {
            var dayNames = days.stream().map(OpeningHoursText::shortName).toList();
            if (hours.isEmpty()) {
                throw error("no hours for " + String.join(", ", dayNames));
            }
            if (hours.equalsIgnoreCase("closed")) {
                return;
            }
            for (String part : LIST_SEPARATOR.split(hours)) {
                Matcher span = SPAN.matcher(part);
                if (!span.matches()) {
                    throw error("cannot read hours \"" + part + "\" for " + String.join(", ", dayNames));
                }
                var opens = time(span.group(1), false);
                var closes = time(span.group(2), true);
                days.forEach(day -> spans.add(WeeklySpan.of(day, opens, closes)));
            }
        }

        private DayOfWeek dayName(String name) {
            var lower = name.toLowerCase(Locale.ROOT);
            for (var day : DayOfWeek.values()) {
                if (lower.length() >= 3 && day.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
                    return day;
                }
            }
            throw error("unknown day \"" + name + "\"");
        }

        private void given(DayOfWeek day) {
            if (!given.add(day)) {
                throw error(shortName(day) + " is given twice");
            }
        }

        /** A time of day; 24:00 is read as 00:00, but only as a closing time. */
        private LocalTime time(String text, boolean closing) {
            Matcher time = TIME.matcher(text);
            if (time.matches()) {
                int hour = Integer.parseInt(time.group(1));
                int minute = Integer.parseInt(time.group(2));
                if (hour < 24 && minute < 60) {
                    return LocalTime.of(hour, minute);
                }
                if (closing && hour == 24 && minute == 0) {
                    return LocalTime.MIDNIGHT;
                }
            }
            throw error("cannot read time \"" + text + "\"");
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("Cannot read " + what + ": " + problem + " in \"" + text + "\"");
        }
    }

    private static String shortName(DayOfWeek day) {
        return day.name().charAt(0) + day.name().substring(1, 3).toLowerCase(Locale.ROOT);
    }
}
