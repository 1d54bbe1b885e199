package org.lambeth.livingwell.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.asset.hours.OpeningHoursText;
import org.lambeth.livingwell.asset.hours.ScheduleException;
import org.lambeth.livingwell.asset.hours.WeeklySpan;

class SchedulesTests {

    @Test
    void aRegularWeekIsOneWeeklyScheduleForEachOpeningTimes() {
        var hours = OpeningHoursText.fromSchemeNotes("Mon - Thu: 11:00 - 23:00 Fri & Sat: 11:00 - 03:00 Sun: Closed");
        var schedules = Schedules.of("pub-1", hours);
        assertThat(schedules).hasSize(2);
        var late = find(schedules, "FR,SA");
        assertThat(late).containsEntry("freq", "WEEKLY").containsEntry("interval", 1)
                .containsEntry("opens_at", "11:00").containsEntry("closes_at", "03:00")
                .containsEntry("service_id", OpenReferralIds.service("pub-1").toString());
        assertThat((String) late.get("description")).contains("closes the next day");
        assertThat(find(schedules, "MO,TU,WE,TH")).containsEntry("opens_at", "11:00")
                .containsEntry("closes_at", "23:00");
        assertThat(schedules).noneMatch(s -> String.valueOf(s.get("byday")).contains("SU"));
    }

    @Test
    void closingAtMidnightIsMidnightNotTheNextDay() {
        var hours = new OpeningHours(List.of(WeeklySpan.of(DayOfWeek.SUNDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT)),
                List.of());
        var sunday = Schedules.of("a", hours).getFirst();
        assertThat(sunday).containsEntry("byday", "SU").containsEntry("opens_at", "18:00")
                .containsEntry("closes_at", "00:00");
        assertThat((String) sunday.get("description")).doesNotContain("next day");
    }

    @Test
    void anExceptionIsAScheduleValidOnItsDateOnly() {
        var christmas = LocalDate.of(2026, 12, 25);
        var boxingDay = LocalDate.of(2026, 12, 26);
        var hours = new OpeningHours(List.of(), List.of(ScheduleException.closedOn(christmas),
                ScheduleException.openOn(boxingDay, LocalTime.of(10, 0), LocalTime.of(14, 30))));
        var schedules = Schedules.of("a", hours);
        assertThat(schedules).hasSize(2);
        var closed = schedules.get(0);
        assertThat(closed).containsEntry("valid_from", "2026-12-25").containsEntry("valid_to", "2026-12-25")
                .doesNotContainKeys("opens_at", "closes_at", "freq");
        assertThat((String) closed.get("description")).startsWith("Closed all day");
        assertThat(schedules.get(1)).containsEntry("valid_from", "2026-12-26").containsEntry("byday", "SA")
                .containsEntry("opens_at", "10:00").containsEntry("closes_at", "14:30");
    }

    @Test
    void scheduleIdsAreStableAndDistinct() {
        var hours = OpeningHoursText.fromDayMap(Map.of("mon", "09:00-17:00", "tue", "10:00-12:00,13:00-17:00"));
        var first = Schedules.of("lib", hours);
        assertThat(first).hasSize(3);
        assertThat(first.stream().map(s -> s.get("id")).distinct()).hasSize(3);
        assertThat(Schedules.of("lib", hours)).isEqualTo(first);
        assertThat(Schedules.of("other", hours).getFirst().get("id")).isNotEqualTo(first.getFirst().get("id"));
    }

    @Test
    void noHoursNoSchedules() {
        assertThat(Schedules.of("a", OpeningHours.none())).isEmpty();
    }

    private static Map<String, Object> find(List<Map<String, Object>> schedules, String days) {
        return schedules.stream().filter(s -> days.equals(s.get("byday"))).findFirst().orElseThrow();
    }
}
