package org.lambeth.livingwell.openreferral;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.asset.hours.ScheduleException;
import org.lambeth.livingwell.asset.hours.WeeklySpan;

/**
 * Opening hours as Open Referral schedules (RFC 5545 recurrence fields). The regular week becomes one WEEKLY schedule
 * per opening and closing time, listing its days ({@code byday=MO,TU}); each dated exception becomes a schedule valid
 * on that date only (from and to the date), with its hours, or none when closed all day. Times are London local time
 * ({@code HH:MM}, no offset, since the offset changes with summer time); a closing time not after the opening time is
 * on the next day.
 */
final class Schedules {

    static final String LOCAL_TIME_NOTE = "Times are local to London (Europe/London).";

    private Schedules() {
    }

    /** The schedules of a service, from the asset's stored hours. */
    static List<Map<String, Object>> of(String assetId, OpeningHours hours) {
        var serviceId = OpenReferralIds.service(assetId).toString();
        var schedules = new ArrayList<Map<String, Object>>();
        var byTimes = new TreeMap<String, List<WeeklySpan>>();
        for (var span : hours.regular()) {
            byTimes.computeIfAbsent(span.opens() + "-" + span.closes(), key -> new ArrayList<>()).add(span);
        }
        for (var entry : byTimes.entrySet()) {
            var spans = entry.getValue();
            var days = spans.stream().map(WeeklySpan::day).distinct().sorted().map(Schedules::dayCode)
                    .collect(Collectors.joining(","));
            var first = spans.getFirst();
            var schedule = base(OpenReferralIds.schedule(assetId, "weekly " + days + " " + entry.getKey()), serviceId);
            schedule.put("freq", "WEEKLY");
            schedule.put("interval", 1);
            schedule.put("byday", days);
            schedule.put("opens_at", time(first.opens()));
            schedule.put("closes_at", time(first.closes()));
            schedule.put("description", "Open " + days + " " + time(first.opens()) + "-" + time(first.closes())
                    + (first.closesNextDay() && !first.closes().equals(LocalTime.MIDNIGHT) ? " (closes the next day)"
                            : ""));
            schedule.put("notes", LOCAL_TIME_NOTE);
            schedules.add(schedule);
        }
        for (var exception : hours.exceptions()) {
            schedules.add(exception(assetId, serviceId, exception));
        }
        return schedules;
    }

    private static Map<String, Object> exception(String assetId, String serviceId, ScheduleException exception) {
        var date = exception.date().toString();
        var key = "date " + date + " " + exception.startMinute() + "-" + exception.endMinute();
        var schedule = base(OpenReferralIds.schedule(assetId, key), serviceId);
        schedule.put("valid_from", date);
        schedule.put("valid_to", date);
        schedule.put("dtstart", date);
        if (exception.closed()) {
            schedule.put("description", "Closed all day on " + date + " (instead of the regular hours)");
        } else {
            schedule.put("freq", "WEEKLY");
            schedule.put("interval", 1);
            schedule.put("byday", dayCode(exception.date().getDayOfWeek()));
            schedule.put("opens_at", time(exception.opens()));
            schedule.put("closes_at", time(exception.closes()));
            schedule.put("description", "Open " + time(exception.opens()) + "-" + time(exception.closes()) + " on "
                    + date + " (instead of the regular hours)");
        }
        schedule.put("notes", LOCAL_TIME_NOTE);
        return schedule;
    }

    private static Map<String, Object> base(java.util.UUID id, String serviceId) {
        var schedule = new LinkedHashMap<String, Object>();
        schedule.put("id", id.toString());
        schedule.put("service_id", serviceId);
        return schedule;
    }

    /** RFC 5545 day code: MO, TU, WE, TH, FR, SA, SU. */
    static String dayCode(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
