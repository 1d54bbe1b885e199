package org.lambeth.livingwell.asset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.api.InvalidArgumentException;

/**
 * A moment to test opening hours at, as the parameters of the search filter: the minute of the day, the minutes
 * of the week at which its day and the day before begin (Monday 00:00 = 0), and the date (null for a weekday only,
 * so that dated exceptions do not apply).
 */
record OpeningTime(DayOfWeek day, LocalTime time, LocalDate date) {

    /** Opening hours are kept in London time. */
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    static OpeningTime at(ZonedDateTime moment) {
        var london = moment.withZoneSameInstant(LONDON);
        return new OpeningTime(london.getDayOfWeek(), london.toLocalTime(), london.toLocalDate());
    }

    /** From the GraphQL openAt input; errors name {@code argument}. */
    static OpeningTime of(AssetFilter.OpenAt openAt, String argument) {
        if (openAt.day() == null || openAt.time() == null) {
            throw new InvalidArgumentException(argument, "give a day and a time");
        }
        LocalTime time;
        try {
            time = LocalTime.parse(openAt.time(), HOURS_MINUTES);
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(argument + ".time", "'" + openAt.time() + "' is not a 24-hour HH:mm time");
        }
        if (openAt.date() != null && openAt.date().getDayOfWeek() != openAt.day()) {
            throw new InvalidArgumentException(argument + ".date", openAt.date() + " is a "
                    + openAt.date().getDayOfWeek() + ", not a " + openAt.day());
        }
        return new OpeningTime(openAt.day(), time, openAt.date());
    }

    /** The parameters of a filter without opening hours: each null, so the filter part is switched off. */
    static Map<String, Object> noParameters() {
        var none = new java.util.HashMap<String, Object>();
        none.put("dayMinute", null);
        none.put("dayStarts", null);
        none.put("epochDay", null);
        return none;
    }

    Map<String, Object> parameters() {
        long dayStart = (day.getValue() - 1) * 1440L;
        long dayBefore = (day.minus(1).getValue() - 1) * 1440L;
        var parameters = new java.util.HashMap<String, Object>();
        parameters.put("dayMinute", (long) (time.getHour() * 60 + time.getMinute()));
        parameters.put("dayStarts", List.of(dayStart, dayBefore));
        parameters.put("epochDay", date == null ? null : date.toEpochDay());
        return parameters;
    }
}
