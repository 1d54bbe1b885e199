package org.lambeth.livingwell.asset.hours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The stored encoding of opening hours, and whether an asset is open at a time. */
class OpeningHoursTests {

    /** A Friday; the weekend and the following Monday come after it. */
    static final LocalDate FRI = LocalDate.of(2025, 1, 3);
    static final LocalDate SAT = FRI.plusDays(1);
    static final LocalDate SUN = FRI.plusDays(2);
    static final LocalDate MON = FRI.plusDays(3);

    @Test
    void theDatesAreTheDaysTheyAreNamedFor() {
        assertThat(List.of(FRI, SAT, SUN, MON)).extracting(LocalDate::getDayOfWeek)
                .containsExactly(FRIDAY, SATURDAY, SUNDAY, MONDAY);
    }

    @Test
    void aSpanIsAPairOfMinutesOfTheWeek() {
        assertThat(span(MONDAY, "12:00", "00:00").toMinutes()).containsExactly(720, 1440);
        assertThat(span(MONDAY, "00:00", "00:00").toMinutes()).containsExactly(0, 1440);
        assertThat(span(FRIDAY, "11:00", "03:00").toMinutes()).containsExactly(6420, 7380);
        assertThat(span(SUNDAY, "22:00", "02:00").toMinutes()).containsExactly(9960, 10200);
        assertThat(span(SUNDAY, "23:59", "23:59").toMinutes()).containsExactly(10079, 11519);

        assertThat(WeeklySpan.fromMinutes(720, 1440))
                .isEqualTo(new WeeklySpan(MONDAY, LocalTime.NOON, LocalTime.MIDNIGHT, true));
        assertThat(WeeklySpan.fromMinutes(0, 1440))
                .isEqualTo(new WeeklySpan(MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true));
        assertThat(WeeklySpan.fromMinutes(6420, 7380))
                .isEqualTo(new WeeklySpan(FRIDAY, LocalTime.of(11, 0), LocalTime.of(3, 0), true));
        assertThat(WeeklySpan.fromMinutes(9960, 10200))
                .isEqualTo(new WeeklySpan(SUNDAY, LocalTime.of(22, 0), LocalTime.of(2, 0), true));
        assertThat(WeeklySpan.fromMinutes(7200, 7440))
                .isEqualTo(new WeeklySpan(SATURDAY, LocalTime.MIDNIGHT, LocalTime.of(4, 0), false));
    }

    @Test
    void aSpanClosesTheNextDayExactlyWhenItClosesNoLaterThanItOpens() {
        assertThat(span(TUESDAY, "09:00", "17:30").closesNextDay()).isFalse();
        assertThat(span(TUESDAY, "18:00", "00:00").closesNextDay()).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeeklySpan(TUESDAY, LocalTime.of(10, 0), LocalTime.of(9, 0), false));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeeklySpan(TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), true));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeeklySpan(TUESDAY, LocalTime.NOON, LocalTime.MIDNIGHT, false));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeeklySpan(TUESDAY, LocalTime.of(9, 0, 30), LocalTime.NOON, false));
        assertThatIllegalArgumentException().isThrownBy(() -> WeeklySpan.fromMinutes(10080, 10100));
        assertThatIllegalArgumentException().isThrownBy(() -> WeeklySpan.fromMinutes(600, 600));
        assertThatIllegalArgumentException().isThrownBy(() -> WeeklySpan.fromMinutes(600, 2041));
    }

    @Test
    void anExceptionIsATripletOfEpochDayAndMinutesOfThatDay() {
        long day = SAT.toEpochDay();

        assertThat(ScheduleException.closedOn(SAT).toTriplet()).containsExactly(day, 0, 0);
        assertThat(exception(SAT, "10:00", "14:00").toTriplet()).containsExactly(day, 600, 840);
        assertThat(exception(SAT, "18:00", "00:00").toTriplet()).containsExactly(day, 1080, 1440);
        assertThat(exception(SAT, "22:00", "02:00").toTriplet()).containsExactly(day, 1320, 1560);
        assertThat(exception(SAT, "00:00", "00:00").toTriplet()).containsExactly(day, 0, 1440);

        assertThat(ScheduleException.fromTriplet(day, 0, 0).closed()).isTrue();
        assertThat(ScheduleException.fromTriplet(day, 0, 1440)).isEqualTo(exception(SAT, "00:00", "00:00"));
        assertThat(ScheduleException.fromTriplet(day, 1320, 1560)).isEqualTo(exception(SAT, "22:00", "02:00"));
        assertThat(ScheduleException.fromTriplet(day, 1320, 1560).closesNextDay()).isTrue();
        assertThat(ScheduleException.fromTriplet(day, 1080, 1440).closesNextDay()).isTrue();
        assertThat(ScheduleException.fromTriplet(day, 600, 840).closesNextDay()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> ScheduleException.fromTriplet(day, 1440, 1500));
        assertThatIllegalArgumentException().isThrownBy(() -> ScheduleException.fromTriplet(day, 600, 500));
        assertThatIllegalArgumentException().isThrownBy(() -> ScheduleException.fromTriplet(day, 600, 2100));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScheduleException(SAT, LocalTime.NOON, null));
    }

    @Test
    void theEncodingIsSortedAndRoundTrips() {
        var hours = new OpeningHours(
                List.of(span(SUNDAY, "22:00", "02:00"), span(MONDAY, "18:00", "00:00"), span(MONDAY, "09:00", "12:00"),
                        span(FRIDAY, "11:00", "03:00")),
                List.of(exception(MON, "10:00", "12:00"), ScheduleException.closedOn(SAT),
                        exception(MON, "08:00", "09:00"), exception(SUN, "20:00", "01:00")));

        assertThat(hours.weeklyOpen()).containsExactly(540, 720, 1080, 1440, 6420, 7380, 9960, 10200);
        assertThat(hours.openExceptions()).containsExactly(
                SAT.toEpochDay(), 0, 0,
                SUN.toEpochDay(), 1200, 1500,
                MON.toEpochDay(), 480, 540,
                MON.toEpochDay(), 600, 720);
        var decoded = OpeningHours.decode(boxed(hours.weeklyOpen()), boxed(hours.openExceptions()));
        assertThat(decoded).isEqualTo(hours);
        assertThat(decoded.weeklyOpen()).isEqualTo(hours.weeklyOpen());
        assertThat(decoded.openExceptions()).isEqualTo(hours.openExceptions());
        assertThat(decoded.regular().getFirst()).isEqualTo(span(MONDAY, "09:00", "12:00"));
    }

    @Test
    void nothingStoredIsNoHours() {
        assertThat(OpeningHours.decode(null, null).isEmpty()).isTrue();
        assertThat(OpeningHours.decode(List.of(), List.of())).isEqualTo(OpeningHours.none());
        assertThat(OpeningHours.none().weeklyOpen()).isEmpty();
        assertThat(OpeningHours.none().openExceptions()).isEmpty();
        assertThat(OpeningHours.none().isOpenAt(LocalDateTime.of(FRI, LocalTime.NOON))).isFalse();
        assertThat(new OpeningHours(null, List.of(ScheduleException.closedOn(SAT))).isEmpty()).isFalse();
        assertThat(new OpeningHours(List.of(span(MONDAY, "09:00", "12:00")), null).isEmpty()).isFalse();
    }

    @Test
    void aStoredPairLongerThanADayIsReadAsDaysSplitAtMidnight() {
        var hours = OpeningHours.decode(List.of(9960L, 11640L), null);

        assertThat(hours.regular()).containsExactly(span(MONDAY, "00:00", "00:00"), span(TUESDAY, "00:00", "02:00"),
                span(SUNDAY, "22:00", "00:00"));
        assertThat(OpeningHours.decode(List.of(0L, 10080L), null).regular()).hasSize(7)
                .allMatch(s -> s.opens().equals(LocalTime.MIDNIGHT) && s.closes().equals(LocalTime.MIDNIGHT));
    }

    @Test
    void badStoredValuesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> OpeningHours.decode(List.of(1L, 2L, 3L), null))
                .withMessageContaining("weeklyOpen");
        assertThatIllegalArgumentException().isThrownBy(() -> OpeningHours.decode(List.of(1L, 2L), List.of(1L, 2L)))
                .withMessageContaining("openExceptions");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningHours.decode(Arrays.asList(1L, null), null));
        assertThatIllegalArgumentException().isThrownBy(() -> OpeningHours.decode(List.of(-1L, 20L), null));
        assertThatIllegalArgumentException().isThrownBy(() -> OpeningHours.decode(List.of(10080L, 10200L), null));
        assertThatIllegalArgumentException().isThrownBy(() -> OpeningHours.decode(List.of(600L, 600L), null));
        assertThatIllegalArgumentException().isThrownBy(
                () -> OpeningHours.decode(null, List.of(SAT.toEpochDay(), 0L, 0L, SAT.toEpochDay(), 600L, 700L)))
                .withMessageContaining("closed all day");
    }

    @Test
    void theWeekIsOpenFromEachStartUntilJustBeforeEachEnd() {
        var hours = new OpeningHours(List.of(span(MONDAY, "12:00", "00:00"), span(WEDNESDAY, "09:00", "17:00")), null);

        assertThat(hours.isOpenAt(MONDAY, LocalTime.of(11, 59))).isFalse();
        assertThat(hours.isOpenAt(MONDAY, LocalTime.NOON)).isTrue();
        assertThat(hours.isOpenAt(MONDAY, LocalTime.of(23, 59))).isTrue();
        assertThat(hours.isOpenAt(TUESDAY, LocalTime.MIDNIGHT)).isFalse();
        assertThat(hours.isOpenAt(WEDNESDAY, LocalTime.of(16, 59, 59))).isTrue();
        assertThat(hours.isOpenAt(WEDNESDAY, LocalTime.of(17, 0))).isFalse();
        assertThat(hours.isOpenAt(THURSDAY, LocalTime.of(10, 0))).isFalse();
    }

    @Test
    void aSundaySpanPastMidnightIsOpenEarlyOnMonday() {
        var hours = new OpeningHours(List.of(span(SUNDAY, "22:00", "02:00")), null);

        assertThat(hours.isOpenAt(SUNDAY, LocalTime.of(21, 59))).isFalse();
        assertThat(hours.isOpenAt(SUNDAY, LocalTime.of(23, 0))).isTrue();
        assertThat(hours.isOpenAt(MONDAY, LocalTime.MIDNIGHT)).isTrue();
        assertThat(hours.isOpenAt(MONDAY, LocalTime.of(1, 59))).isTrue();
        assertThat(hours.isOpenAt(MONDAY, LocalTime.of(2, 0))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(SUN, LocalTime.of(23, 30)))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON, LocalTime.of(1, 30)))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON, LocalTime.of(2, 30)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.of(1, 30)))).isFalse();
    }

    @Test
    void aLateSpanIsOpenAfterMidnightOnTheNextDate() {
        var hours = lateWeekend(List.of());

        assertThat(hours.isOpenAt(LocalDateTime.of(FRI, LocalTime.of(10, 59)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(FRI, LocalTime.of(23, 0)))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.of(2, 0)))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.of(3, 0)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.NOON))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(SUN, LocalTime.of(2, 59)))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON, LocalTime.of(1, 0)))).isFalse();
    }

    @Test
    void aDateClosedAllDayStillHasThePreviousDaysHoursPastMidnight() {
        var hours = lateWeekend(List.of(ScheduleException.closedOn(SAT)));

        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.of(2, 0)))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.NOON))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.of(23, 0)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(SUN, LocalTime.of(2, 0)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT.plusWeeks(1), LocalTime.NOON))).isTrue();
        assertThat(hours.isOpenAt(SATURDAY, LocalTime.NOON)).isTrue();
    }

    @Test
    void aDateClosedAllDayLosesItsOwnHoursPastMidnight() {
        var hours = lateWeekend(List.of(ScheduleException.closedOn(FRI)));

        assertThat(hours.isOpenAt(LocalDateTime.of(FRI, LocalTime.of(23, 0)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.of(2, 0)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.NOON))).isTrue();
    }

    @Test
    void specialHoursReplaceTheWholeWeekdayForThatDate() {
        var hours = new OpeningHours(List.of(span(MONDAY, "12:00", "20:00"), span(SUNDAY, "20:00", "01:00")),
                List.of(exception(MON, "08:00", "10:00"), exception(MON, "22:00", "02:00")));

        assertThat(hours.isOpenAt(LocalDateTime.of(MON, LocalTime.of(0, 30)))).isTrue(); // Sunday's late span
        assertThat(hours.isOpenAt(LocalDateTime.of(MON, LocalTime.of(7, 59)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON, LocalTime.of(9, 0)))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON, LocalTime.of(10, 0)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON, LocalTime.of(13, 0)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON, LocalTime.of(23, 0)))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON.plusDays(1), LocalTime.of(1, 59)))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON.plusDays(1), LocalTime.of(2, 0)))).isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(MON.plusWeeks(1), LocalTime.of(13, 0)))).isTrue();
        assertThat(hours.isOpenAt(MONDAY, LocalTime.of(13, 0))).isTrue();
        assertThat(hours.isOpenAt(MONDAY, LocalTime.of(9, 0))).isFalse();
    }

    @Test
    void specialHoursOnADateWithNoRegularHours() {
        var hours = new OpeningHours(List.of(span(MONDAY, "12:00", "20:00")),
                List.of(exception(SAT, "10:00", "16:00")));

        assertThat(hours.isOpenAt(LocalDateTime.of(SAT, LocalTime.NOON))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(SAT.plusWeeks(1), LocalTime.NOON))).isFalse();
    }

    /** Friday and Saturday 11:00 - 03:00, Sunday 12:00 - 00:00, with these exceptions. */
    static OpeningHours lateWeekend(List<ScheduleException> exceptions) {
        return new OpeningHours(List.of(span(FRIDAY, "11:00", "03:00"), span(SATURDAY, "11:00", "03:00"),
                span(SUNDAY, "12:00", "00:00")), new ArrayList<>(exceptions));
    }

    static WeeklySpan span(DayOfWeek day, String opens, String closes) {
        return WeeklySpan.of(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    static ScheduleException exception(LocalDate date, String opens, String closes) {
        return ScheduleException.openOn(date, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
