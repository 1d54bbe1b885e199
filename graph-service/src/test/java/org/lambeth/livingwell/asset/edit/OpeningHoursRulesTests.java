package org.lambeth.livingwell.asset.edit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.edit.AssetInputs.OpeningExceptionInput;
import org.lambeth.livingwell.asset.edit.AssetInputs.OpeningHoursInput;
import org.lambeth.livingwell.asset.edit.AssetInputs.OpeningSpanInput;
import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.asset.hours.ScheduleException;
import org.lambeth.livingwell.asset.hours.WeeklySpan;

/** Opening hours as editors give them: stored as the seeds store them, and each mistake named by its path. */
class OpeningHoursRulesTests {

    private static OpeningSpanInput span(DayOfWeek day, String opens, String closes) {
        return new OpeningSpanInput(day, opens, closes, null);
    }

    private static OpeningExceptionInput on(String date, String opens, String closes) {
        return new OpeningExceptionInput(date, false, opens, closes);
    }

    private static OpeningExceptionInput closedOn(String date) {
        return new OpeningExceptionInput(date, true, null, null);
    }

    private static OpeningHoursInput hours(List<OpeningSpanInput> regular, List<OpeningExceptionInput> exceptions) {
        return new OpeningHoursInput(regular, exceptions);
    }

    @Test
    void validHoursAreStoredAsTheSeedsStoreThem() {
        var input = hours(List.of(span(MONDAY, "09:00", "17:00"), span(FRIDAY, "18:00", "02:00"),
                span(SATURDAY, "10:00", "24:00"), new OpeningSpanInput(SUNDAY, "22:00", "01:00", true)),
                List.of(closedOn("2026-12-25"), on("2026-12-24", "10:00", "14:00"),
                        on("2026-12-24", "15:00", "16:00")));
        var expected = new OpeningHours(List.of(WeeklySpan.of(MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                WeeklySpan.of(FRIDAY, LocalTime.of(18, 0), LocalTime.of(2, 0)),
                WeeklySpan.of(SATURDAY, LocalTime.of(10, 0), LocalTime.MIDNIGHT),
                WeeklySpan.of(SUNDAY, LocalTime.of(22, 0), LocalTime.of(1, 0))),
                List.of(ScheduleException.closedOn(LocalDate.of(2026, 12, 25)),
                        ScheduleException.openOn(LocalDate.of(2026, 12, 24), LocalTime.of(10, 0), LocalTime.of(14, 0)),
                        ScheduleException.openOn(LocalDate.of(2026, 12, 24), LocalTime.of(15, 0),
                                LocalTime.of(16, 0))));
        assertThat(OpeningHoursRules.hours(input)).isEqualTo(expected);
        var props = OpeningHoursRules.properties(input);
        assertThat(props.get("weeklyOpen")).isEqualTo(boxed(expected.weeklyOpen()));
        assertThat(props.get("openExceptions")).isEqualTo(boxed(expected.openExceptions()));
        assertThat(props.get("weeklyOpen")).asInstanceOf(InstanceOfAssertFactories.LIST).startsWith(540L, 1020L);
    }

    @Test
    void noHoursOrNullClearBothProperties() {
        for (var none : new OpeningHoursInput[] {null, hours(null, null), hours(List.of(), List.of())}) {
            var props = OpeningHoursRules.properties(none);
            assertThat(props).hasSize(2).containsEntry("weeklyOpen", null).containsEntry("openExceptions", null);
        }
    }

    @Test
    void theWholeDayIsMidnightToMidnight() {
        var whole = OpeningHoursRules.hours(hours(List.of(span(MONDAY, "00:00", "24:00")), null));
        assertThat(whole.weeklyOpen()).containsExactly(0, 1440);
    }

    static Stream<Arguments> mistakes() {
        var many = new ArrayList<OpeningSpanInput>();
        for (int i = 0; i < OpeningHoursRules.MAX_SPANS + 1; i++) {
            many.add(span(DayOfWeek.of(i % 7 + 1), String.format("%02d:00", i / 7), String.format("%02d:30", i / 7)));
        }
        var monday = span(MONDAY, "09:00", "17:00");
        return Stream.of(
                Arguments.of(hours(List.of(monday, span(MONDAY, "9am", "17:00")), null),
                        "input.openingHours.regular[1].opens", "'9am' is not a 24-hour HH:mm time"),
                Arguments.of(hours(List.of(span(MONDAY, "09:00", "25:00")), null),
                        "input.openingHours.regular[0].closes", "'25:00' is not a 24-hour HH:mm time"),
                Arguments.of(hours(List.of(span(MONDAY, "24:00", "02:00")), null),
                        "input.openingHours.regular[0].opens", "'24:00'"),
                Arguments.of(hours(List.of(monday, monday, span(MONDAY, "09:00", "09:00")), null),
                        "input.openingHours.regular[1]", "Monday 09:00-17:00 is given twice (also regular[0])"),
                Arguments.of(hours(List.of(monday, span(FRIDAY, "10:00", "11:00"), span(MONDAY, "09:00", "09:00")),
                        null), "input.openingHours.regular[2].closes", "'09:00' is the time it opens"),
                Arguments.of(hours(List.of(monday, span(MONDAY, "16:30", "18:00")), null),
                        "input.openingHours.regular[1]", "overlaps regular[0] (Monday 09:00-17:00)"),
                Arguments.of(hours(List.of(span(SUNDAY, "22:00", "02:00"), span(MONDAY, "01:00", "03:00")), null),
                        "input.openingHours.regular[1]", "overlaps regular[0] (Sunday 22:00-02:00 (next day))"),
                Arguments.of(hours(List.of(new OpeningSpanInput(MONDAY, "09:00", "17:00", true)), null),
                        "input.openingHours.regular[0].closesNextDay", "closes the same day"),
                Arguments.of(hours(many, null), "input.openingHours.regular", "at most 35 weekly spans, was 36"),
                Arguments.of(hours(null, List.of(on("2026-02-30", "10:00", "12:00"))),
                        "input.openingHours.exceptions[0].date", "'2026-02-30' is not a date"),
                Arguments.of(hours(null, List.of(closedOn("25/12/2026"))),
                        "input.openingHours.exceptions[0].date", "'25/12/2026' is not a date"),
                Arguments.of(hours(null, List.of(closedOn("1926-12-25"))),
                        "input.openingHours.exceptions[0].date", "not in the years 2000-2099"),
                Arguments.of(hours(null, List.of(on("2026-12-24", "10:00", null))),
                        "input.openingHours.exceptions[0].closes", "give the time it closes"),
                Arguments.of(hours(null, List.of(new OpeningExceptionInput("2026-12-25", true, "10:00", null))),
                        "input.openingHours.exceptions[0].opens", "closed all day has no times"),
                Arguments.of(hours(null, List.of(closedOn("2026-12-25"), on("2026-12-25", "10:00", "12:00"))),
                        "input.openingHours.exceptions[1]", "2026-12-25 is closed all day in exceptions[0]"),
                Arguments.of(hours(null, List.of(on("2026-12-24", "22:00", "02:00"), on("2026-12-25", "01:00",
                        "03:00"))), "input.openingHours.exceptions[1]", "overlaps exceptions[0]"),
                Arguments.of(hours(null, Stream.generate(() -> closedOn("2026-12-25"))
                        .limit(OpeningHoursRules.MAX_EXCEPTIONS + 1).toList()),
                        "input.openingHours.exceptions", "at most 100 dated exceptions, was 101"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeIsRefusedNamingItsPathAndValue(OpeningHoursInput input, String path, String problem) {
        assertThatThrownBy(() -> OpeningHoursRules.properties(input))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> assertThat(e.argument()).isEqualTo(path))
                .hasMessageContaining(problem);
    }

    @Test
    void spansOnDifferentDaysOrTouchingDoNotOverlap() {
        var hours = OpeningHoursRules.hours(hours(List.of(span(MONDAY, "09:00", "12:00"),
                span(MONDAY, "12:00", "17:00"), span(SUNDAY, "20:00", "00:00"), span(MONDAY, "00:00", "01:00")), null));
        assertThat(hours.regular()).hasSize(4);
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
