package org.lambeth.livingwell.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.asset.hours.ScheduleException;
import org.lambeth.livingwell.asset.hours.WeeklySpan;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search's opening-hours filter (Cypher, in _filter.cypher) and the Java model (OpeningHours.isOpenAt) agree:
 * random weekly schedules with spans past midnight and dated exceptions are written in a transaction that is rolled
 * back, and the search statement is asked, moment by moment, which of them are open.
 */
@ServiceIT
class OpeningHoursCypherIT {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 21);

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalogue catalogue;

    @Test
    void cypherAndJavaAgreeOnWhatIsOpen() {
        var random = new Random(20261126);
        var schedules = new HashMap<String, OpeningHours>();
        for (int i = 0; i < 40; i++) {
            schedules.put("test-hours-" + i, randomHours(random));
        }
        var plan = new SearchPlan(filterOpenAt(null), "test");
        var statement = catalogue.expand("asset/search/search_assets", plan.fragments(AssetSort.NAME));
        int checked = 0;
        try (var session = driver.session(); var tx = session.beginTransaction()) {
            for (var entry : schedules.entrySet()) {
                tx.run("CREATE (:Asset {id: $id, name: $id, visibility: 'PUBLIC', location: point({latitude: 51.46, "
                        + "longitude: -0.11}), weeklyOpen: $weekly, openExceptions: $exceptions})",
                        Map.of("id", entry.getKey(), "weekly", boxed(entry.getValue().weeklyOpen()),
                                "exceptions", boxed(entry.getValue().openExceptions()))).consume();
            }
            for (int m = 0; m < 120; m++) {
                var moment = FIRST_DAY.atStartOfDay().plusMinutes(random.nextInt(14 * 1440));
                boolean dated = random.nextBoolean();
                var time = new OpeningTime(moment.getDayOfWeek(), moment.toLocalTime(),
                        dated ? moment.toLocalDate() : null);
                var parameters = searchParameters(time);
                var rows = tx.run(statement, parameters).single().get("rows").asList(v -> v.get("id").asString());
                var open = new TreeSet<String>();
                rows.stream().filter(id -> id.startsWith("test-hours-")).forEach(open::add);
                var expected = new TreeSet<String>();
                schedules.forEach((id, hours) -> {
                    boolean isOpen = dated ? hours.isOpenAt(moment)
                            : hours.isOpenAt(moment.getDayOfWeek(), moment.toLocalTime());
                    if (isOpen) {
                        expected.add(id);
                    }
                });
                assertThat(open).as(moment + (dated ? " (dated)" : " (weekday)")).isEqualTo(expected);
                checked += expected.size();
            }
            tx.rollback();
        }
        assertThat(checked).as("moments at which something was open").isGreaterThan(200);
    }

    /** Every public asset open at {@code time} (any time when null), as the planner would check it. */
    private static SearchFilter filterOpenAt(OpeningTime time) {
        return new SearchFilter(null, null, null, null, null, null, List.of(), List.of(Visibility.PUBLIC), time);
    }

    private static Map<String, Object> searchParameters(OpeningTime time) {
        var parameters = filterOpenAt(time).parameters();
        parameters.putAll(Map.of("skip", 0, "limit", 1000));
        return parameters;
    }

    private static OpeningHours randomHours(Random random) {
        var spans = new ArrayList<WeeklySpan>();
        for (var day : DayOfWeek.values()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            var opens = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
            var closes = opens.plusMinutes(60 + random.nextInt(14 * 60));
            spans.add(WeeklySpan.of(day, opens, closes));
        }
        var exceptions = new ArrayList<ScheduleException>();
        var dates = new TreeSet<LocalDate>();
        for (int i = random.nextInt(5); i > 0; i--) {
            dates.add(FIRST_DAY.plusDays(random.nextInt(14)));
        }
        for (var date : dates) {
            if (random.nextBoolean()) {
                exceptions.add(ScheduleException.closedOn(date));
            } else {
                var opens = LocalTime.of(random.nextInt(24), 30);
                exceptions.add(ScheduleException.openOn(date, opens, opens.plusMinutes(30 + random.nextInt(600))));
            }
        }
        return new OpeningHours(spans, exceptions);
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
