package org.lambeth.livingwell.asset.hours;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading the libraries' staffed hours and the Community Toilet Scheme's notes. */
class OpeningHoursTextTests {

    /** Every notes text of the Community Toilet Scheme, and its week ("+" marks a span closing the next day). */
    static Stream<Arguments> schemeNotes() {
        return Stream.of(
                Arguments.of("Mon - Sat: 08:00 - 20:00 Sun: Closed",
                        "Mon 08:00-20:00 | Tue 08:00-20:00 | Wed 08:00-20:00 | Thu 08:00-20:00 | "
                                + "Fri 08:00-20:00 | Sat 08:00-20:00 | Sun closed"),
                Arguments.of("Mon - Sun: 06:45 - 10:30",
                        "Mon 06:45-10:30 | Tue 06:45-10:30 | Wed 06:45-10:30 | Thu 06:45-10:30 | "
                                + "Fri 06:45-10:30 | Sat 06:45-10:30 | Sun 06:45-10:30"),
                Arguments.of("Mon - Sun: 09:00 - 23:00",
                        "Mon 09:00-23:00 | Tue 09:00-23:00 | Wed 09:00-23:00 | Thu 09:00-23:00 | "
                                + "Fri 09:00-23:00 | Sat 09:00-23:00 | Sun 09:00-23:00"),
                Arguments.of("Mon - Tue: 12:00 - 00:00 Wed - Thu: 12:00 - 01:00 Fri: 12:00 - 03:00 Sat: 15:00 - 03:00 Sun: Closed",
                        "Mon 12:00-00:00+ | Tue 12:00-00:00+ | Wed 12:00-01:00+ | Thu 12:00-01:00+ | "
                                + "Fri 12:00-03:00+ | Sat 15:00-03:00+ | Sun closed"),
                Arguments.of("Mon - Thu: 11:00 - 23:00 Fri & Sat: 11:00 - 03:00 Sun: 12:00 - 00:00",
                        "Mon 11:00-23:00 | Tue 11:00-23:00 | Wed 11:00-23:00 | Thu 11:00-23:00 | "
                                + "Fri 11:00-03:00+ | Sat 11:00-03:00+ | Sun 12:00-00:00+"),
                Arguments.of("Mon - Sat: 12:00 - 00:00 Sun: 09:00 - 21:00",
                        "Mon 12:00-00:00+ | Tue 12:00-00:00+ | Wed 12:00-00:00+ | Thu 12:00-00:00+ | "
                                + "Fri 12:00-00:00+ | Sat 12:00-00:00+ | Sun 09:00-21:00"),
                Arguments.of("Mon - Sat: 07:00 - 18:00 Sun: 08:00 - 18:00",
                        "Mon 07:00-18:00 | Tue 07:00-18:00 | Wed 07:00-18:00 | Thu 07:00-18:00 | "
                                + "Fri 07:00-18:00 | Sat 07:00-18:00 | Sun 08:00-18:00"),
                Arguments.of("Mon - Sat: 07:00 - 16:00 Sun: Closed",
                        "Mon 07:00-16:00 | Tue 07:00-16:00 | Wed 07:00-16:00 | Thu 07:00-16:00 | "
                                + "Fri 07:00-16:00 | Sat 07:00-16:00 | Sun closed"),
                Arguments.of("Mon - Sun: 07:00 - 00:00",
                        "Mon 07:00-00:00+ | Tue 07:00-00:00+ | Wed 07:00-00:00+ | Thu 07:00-00:00+ | "
                                + "Fri 07:00-00:00+ | Sat 07:00-00:00+ | Sun 07:00-00:00+"),
                Arguments.of("Mon - Sun: 08:00 - 23:00",
                        "Mon 08:00-23:00 | Tue 08:00-23:00 | Wed 08:00-23:00 | Thu 08:00-23:00 | "
                                + "Fri 08:00-23:00 | Sat 08:00-23:00 | Sun 08:00-23:00"),
                Arguments.of("Mon: 17:00 - 22:00 Tue - Sun: 12:00 - 22:00",
                        "Mon 17:00-22:00 | Tue 12:00-22:00 | Wed 12:00-22:00 | Thu 12:00-22:00 | "
                                + "Fri 12:00-22:00 | Sat 12:00-22:00 | Sun 12:00-22:00"),
                Arguments.of("Mon - Sun: 05:00 - 00:00",
                        "Mon 05:00-00:00+ | Tue 05:00-00:00+ | Wed 05:00-00:00+ | Thu 05:00-00:00+ | "
                                + "Fri 05:00-00:00+ | Sat 05:00-00:00+ | Sun 05:00-00:00+"),
                Arguments.of("Mon - Sun: 12:00 - 14:30 & 18:00 - 00:00",
                        "Mon 12:00-14:30 18:00-00:00+ | Tue 12:00-14:30 18:00-00:00+ | "
                                + "Wed 12:00-14:30 18:00-00:00+ | Thu 12:00-14:30 18:00-00:00+ | "
                                + "Fri 12:00-14:30 18:00-00:00+ | Sat 12:00-14:30 18:00-00:00+ | "
                                + "Sun 12:00-14:30 18:00-00:00+"),
                Arguments.of("Mon - Thu: 09:00 - 22:00 Fri & Sat: 09:00 - 01:00 Sun: 09:00 - 20:00",
                        "Mon 09:00-22:00 | Tue 09:00-22:00 | Wed 09:00-22:00 | Thu 09:00-22:00 | "
                                + "Fri 09:00-01:00+ | Sat 09:00-01:00+ | Sun 09:00-20:00"),
                Arguments.of("Mon - Sat: 11:00 - 23:00 Sun: 12:00 - 22:30",
                        "Mon 11:00-23:00 | Tue 11:00-23:00 | Wed 11:00-23:00 | Thu 11:00-23:00 | "
                                + "Fri 11:00-23:00 | Sat 11:00-23:00 | Sun 12:00-22:30"),
                Arguments.of("Mon - Thu: 06:00 - 22:00 Fri: 06:00 - 00:00 Sat: 00:00 - 04:00 & 06:00 - 00:00 Sun: 06:00 - 22:00",
                        "Mon 06:00-22:00 | Tue 06:00-22:00 | Wed 06:00-22:00 | Thu 06:00-22:00 | "
                                + "Fri 06:00-00:00+ | Sat 00:00-04:00 06:00-00:00+ | Sun 06:00-22:00"),
                Arguments.of("Mon - Sat: 06:00 - 15:00 Sun: Closed",
                        "Mon 06:00-15:00 | Tue 06:00-15:00 | Wed 06:00-15:00 | Thu 06:00-15:00 | "
                                + "Fri 06:00-15:00 | Sat 06:00-15:00 | Sun closed"),
                Arguments.of("Mon - Sat: 07:00 - 17:30 Sun: 09:00 - 16:30",
                        "Mon 07:00-17:30 | Tue 07:00-17:30 | Wed 07:00-17:30 | Thu 07:00-17:30 | "
                                + "Fri 07:00-17:30 | Sat 07:00-17:30 | Sun 09:00-16:30"),
                Arguments.of("Mon - Thu: 11:00 - 01:00 Fri - Sat: 11:00 - 02:00 Sun: 12:00 - 00:00",
                        "Mon 11:00-01:00+ | Tue 11:00-01:00+ | Wed 11:00-01:00+ | Thu 11:00-01:00+ | "
                                + "Fri 11:00-02:00+ | Sat 11:00-02:00+ | Sun 12:00-00:00+"),
                Arguments.of("Mon - Sun: 10:00 - 23:00",
                        "Mon 10:00-23:00 | Tue 10:00-23:00 | Wed 10:00-23:00 | Thu 10:00-23:00 | "
                                + "Fri 10:00-23:00 | Sat 10:00-23:00 | Sun 10:00-23:00"),
                Arguments.of("Sun - Fri: 10:30 - 17:00 Sat:10:30 - 16:00",
                        "Mon 10:30-17:00 | Tue 10:30-17:00 | Wed 10:30-17:00 | Thu 10:30-17:00 | "
                                + "Fri 10:30-17:00 | Sat 10:30-16:00 | Sun 10:30-17:00"),
                Arguments.of("Mon - Sun: 11:00 - 00:00",
                        "Mon 11:00-00:00+ | Tue 11:00-00:00+ | Wed 11:00-00:00+ | Thu 11:00-00:00+ | "
                                + "Fri 11:00-00:00+ | Sat 11:00-00:00+ | Sun 11:00-00:00+"),
                Arguments.of("Mon - Sat: 07:00 - 20:00 Sun: 07:00 - 19:30",
                        "Mon 07:00-20:00 | Tue 07:00-20:00 | Wed 07:00-20:00 | Thu 07:00-20:00 | "
                                + "Fri 07:00-20:00 | Sat 07:00-20:00 | Sun 07:00-19:30"),
                Arguments.of("Sun - Thu: 12:00 - 00:00 Fri - Sat: 12:00 - 01:30",
                        "Mon 12:00-00:00+ | Tue 12:00-00:00+ | Wed 12:00-00:00+ | Thu 12:00-00:00+ | "
                                + "Fri 12:00-01:30+ | Sat 12:00-01:30+ | Sun 12:00-00:00+"),
                Arguments.of("Mon - Sun: 10:30 - 23:00",
                        "Mon 10:30-23:00 | Tue 10:30-23:00 | Wed 10:30-23:00 | Thu 10:30-23:00 | "
                                + "Fri 10:30-23:00 | Sat 10:30-23:00 | Sun 10:30-23:00"),
                Arguments.of("Mon - Tue: 12:00 - 00:00 Wed - Thu: 12:00 - 01:00 Fri: 12:00 - 03:00 Sat: 15:00 - 03:00 Sun: Closed",
                        "Mon 12:00-00:00+ | Tue 12:00-00:00+ | Wed 12:00-01:00+ | Thu 12:00-01:00+ | "
                                + "Fri 12:00-03:00+ | Sat 15:00-03:00+ | Sun closed"),
                Arguments.of("Mon - Sat: 12:00 - 23:00 Sun: 12:00 - 22:30",
                        "Mon 12:00-23:00 | Tue 12:00-23:00 | Wed 12:00-23:00 | Thu 12:00-23:00 | "
                                + "Fri 12:00-23:00 | Sat 12:00-23:00 | Sun 12:00-22:30"),
                Arguments.of("Mon - Sat: 11:00 - 23:00 Sun: 12:00 - 22:30",
                        "Mon 11:00-23:00 | Tue 11:00-23:00 | Wed 11:00-23:00 | Thu 11:00-23:00 | "
                                + "Fri 11:00-23:00 | Sat 11:00-23:00 | Sun 12:00-22:30"),
                Arguments.of("Mon: Closed Tue - Sun: 10:00 - 22:00",
                        "Mon closed | Tue 10:00-22:00 | Wed 10:00-22:00 | Thu 10:00-22:00 | Fri 10:00-22:00 | "
                                + "Sat 10:00-22:00 | Sun 10:00-22:00"),
                Arguments.of("Mon - Sun: 11:00 - 23:00",
                        "Mon 11:00-23:00 | Tue 11:00-23:00 | Wed 11:00-23:00 | Thu 11:00-23:00 | "
                                + "Fri 11:00-23:00 | Sat 11:00-23:00 | Sun 11:00-23:00")
        );
    }

    @ParameterizedTest
    @MethodSource("schemeNotes")
    void readsEverySchemeNotesText(String notes, String week) {
        var hours = OpeningHoursText.fromSchemeNotes(notes);

        assertThat(byDay(hours)).isEqualTo(week);
        assertThat(hours.exceptions()).isEmpty();
        assertThat(OpeningHours.decode(boxed(hours.weeklyOpen()), null)).isEqualTo(hours);
    }

    @Test
    void splitHoursAroundMidnightOnSaturday() {
        var hours = OpeningHoursText.fromSchemeNotes(
                "Mon - Thu: 06:00 - 22:00 Fri: 06:00 - 00:00 Sat: 00:00 - 04:00 & 06:00 - 00:00 Sun: 06:00 - 22:00");

        assertThat(hours.regular()).filteredOn(s -> s.day() == DayOfWeek.SATURDAY).containsExactly(
                new WeeklySpan(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.of(4, 0), false),
                new WeeklySpan(DayOfWeek.SATURDAY, LocalTime.of(6, 0), LocalTime.MIDNIGHT, true));
        assertThat(hours.weeklyOpen()).containsExactly(
                360, 1320, 1800, 2760, 3240, 4200, 4680, 5640, // Mon - Thu 06:00 - 22:00
                6120, 7200, // Fri 06:00 - Sat 00:00
                7200, 7440, 7560, 8640, // Sat 00:00 - 04:00, 06:00 - Sun 00:00
                9000, 9960); // Sun 06:00 - 22:00
    }

    @Test
    void aDayRangeFromSundayWrapsIntoTheWeek() {
        var hours = OpeningHoursText.fromSchemeNotes("Sun - Thu: 12:00 - 00:00 Fri - Sat: 12:00 - 01:30");

        assertThat(hours.weeklyOpen()).containsExactly(
                720, 1440, 2160, 2880, 3600, 4320, 5040, 5760, // Mon - Thu 12:00 - 00:00
                6480, 7290, 7920, 8730, // Fri, Sat 12:00 - 01:30 the next day
                9360, 10080); // Sun 12:00 - Mon 00:00
        assertThat(OpeningHoursText.fromSchemeNotes("Sun - Fri: 10:30 - 17:00 Sat:10:30 - 16:00").regular())
                .extracting(WeeklySpan::day).containsExactly(DayOfWeek.values());
    }

    @Test
    void anAmpersandListsDaysAndAClosedDayHasNoSpans() {
        var hours = OpeningHoursText.fromSchemeNotes(
                "Mon - Thu: 11:00 - 23:00 Fri & Sat: 11:00 - 03:00 Sun: 12:00 - 00:00");

        assertThat(hours.regular()).filteredOn(s -> s.closesNextDay()).containsExactly(
                new WeeklySpan(DayOfWeek.FRIDAY, LocalTime.of(11, 0), LocalTime.of(3, 0), true),
                new WeeklySpan(DayOfWeek.SATURDAY, LocalTime.of(11, 0), LocalTime.of(3, 0), true),
                new WeeklySpan(DayOfWeek.SUNDAY, LocalTime.NOON, LocalTime.MIDNIGHT, true));
        assertThat(hours.weeklyOpen()).containsSequence(6420, 7380, 7860, 8820, 9360, 10080);

        var closedMonday = OpeningHoursText.fromSchemeNotes("Mon: Closed Tue - Sun: 10:00 - 22:00");
        assertThat(closedMonday.regular()).hasSize(6).noneMatch(s -> s.day() == DayOfWeek.MONDAY);
        assertThat(closedMonday.isOpenAt(DayOfWeek.MONDAY, LocalTime.NOON)).isFalse();
        assertThat(closedMonday.isOpenAt(DayOfWeek.TUESDAY, LocalTime.NOON)).isTrue();
    }

    @Test
    void readsALibrarysStaffedHours() {
        var hours = OpeningHoursText.fromDayMap(Map.of("mon", "13:00-20:00", "tue", "10:00-20:00", "wed",
                "10:00-18:00", "thu", "10:00-20:00", "fri", "10:00-18:00", "sat", "09:00-17:00", "sun", "12:00-17:00"));

        assertThat(byDay(hours)).isEqualTo("Mon 13:00-20:00 | Tue 10:00-20:00 | Wed 10:00-18:00 | "
                + "Thu 10:00-20:00 | Fri 10:00-18:00 | Sat 09:00-17:00 | Sun 12:00-17:00");
        assertThat(hours.weeklyOpen()).startsWith(780, 1200, 2040, 2640).endsWith(9360, 9660);
    }

    @Test
    void staffedHoursMayBeSplitBlankOrAbsent() {
        var days = new LinkedHashMap<String, String>();
        days.put("mon", "");
        days.put("tue", "10:00-13:00, 14:00-18:00");
        days.put("wed", "10:00 - 13:00 & 14:00 - 18:00");
        days.put("thu", null);
        days.put("fri", "Closed");
        days.put("sat", " 09:30-15:30 ");

        assertThat(byDay(OpeningHoursText.fromDayMap(days))).isEqualTo("Mon closed | Tue 10:00-13:00 14:00-18:00 | "
                + "Wed 10:00-13:00 14:00-18:00 | Thu closed | Fri closed | Sat 09:30-15:30 | Sun closed");
        assertThat(OpeningHoursText.fromDayMap(Map.of("mon", "", "sun", " ")).isEmpty()).isTrue();
        assertThat(OpeningHoursText.fromDayMap(null).isEmpty()).isTrue();
        assertThat(OpeningHoursText.fromSchemeNotes(" ").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Mon - Sat 08:00                         | expected days and ':' at "Mon - Sat 08:00" in "Mon - Sat 08:00"
            Funday: 10:00 - 11:00                   | unknown day "Funday" in "Funday: 10:00 - 11:00"
            Mon: 25:00 - 26:00                      | cannot read time "25:00" in "Mon: 25:00 - 26:00"
            Mon: 10:00 - 10:60                      | cannot read time "10:60"
            Mon: 24:00 - 02:00                      | cannot read time "24:00"
            Mon: 10:00 Sun: Closed                  | cannot read hours "10:00" for Mon in "Mon: 10:00 Sun: Closed"
            Mon - Fri: Tue: 10:00 - 11:00           | no hours for Mon, Tue, Wed, Thu, Fri in "Mon - Fri: Tue:
            Mon - Sun: 10:00 - 11:00 Sat: Closed    | Sat is given twice in
            Open Mon: 10:00 - 11:00                 | expected days and ':' at "Open"
            Mon: 10:00 - 11:00 till late            | cannot read hours "10:00 - 11:00 till late" for Mon
            Mon: 10am - 4pm                         | cannot read time "10am"
            """)
    void schemeNotesItCannotReadAreNamedInTheMessage(String notes, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> OpeningHoursText.fromSchemeNotes(notes))
                .withMessageStartingWith("Cannot read opening hours: ").withMessageContaining(message);
    }

    @Test
    void staffedHoursItCannotReadAreNamedInTheMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> OpeningHoursText.fromDayMap(Map.of("xyz", "10:00-11:00")))
                .withMessageStartingWith("Cannot read staffed hours: unknown day \"xyz\" in \"{xyz=10:00-11:00}\"");
        assertThatIllegalArgumentException().isThrownBy(() -> OpeningHoursText.fromDayMap(Map.of("mon", "10-18")))
                .withMessage("Cannot read staffed hours: cannot read time \"10\" in \"{mon=10-18}\"");
        assertThatIllegalArgumentException().isThrownBy(() -> OpeningHoursText.fromDayMap(Map.of("tue", "all day")))
                .withMessageContaining("cannot read hours \"all day\" for Tue");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningHoursText.fromDayMap(Map.of("mon", "10:00-11:00", "Monday", "")))
                .withMessageContaining("Mon is given twice");
    }

    @Test
    void acceptsLongerDayNamesDashesAndMidnightAs2400() {
        var hours = OpeningHoursText
                .fromSchemeNotes("monday \u2013 Tues: 9:00 \u2013 24:00 THURSDAY, Sunday: 10:00-12:00");

        assertThat(byDay(hours)).isEqualTo("Mon 09:00-00:00+ | Tue 09:00-00:00+ | Wed closed | Thu 10:00-12:00 | "
                + "Fri closed | Sat closed | Sun 10:00-12:00");
    }

    /** The week day by day: "Mon 12:00-14:30 18:00-00:00+ | Tue closed | ...", "+" closing the next day. */
    static String byDay(OpeningHours hours) {
        return Arrays.stream(DayOfWeek.values()).map(day -> {
            var spans = hours.regular().stream().filter(s -> s.day() == day)
                    .map(s -> s.opens() + "-" + s.closes() + (s.closesNextDay() ? "+" : "")).collect(joining(" "));
            return day.name().charAt(0) + day.name().substring(1, 3).toLowerCase() + " "
                    + (spans.isEmpty() ? "closed" : spans);
        }).collect(joining(" | "));
    }

    static java.util.List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
