package org.lambeth.livingwell.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link PersonalDataLogsIT} with the console in JSON (LIVINGWELL_LOG_FORMAT=ecs: Spring Boot's structured logging,
 * which also writes each event's MDC and key-value pairs): still no personal data, and the lines of requests carry
 * their request id as a field.
 */
@TestPropertySource(properties = "logging.structured.format.console=ecs")
class PersonalDataJsonLogsIT extends PersonalDataLogsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    void checkConsole(String console, Set<String> needles) {
        super.checkConsole(console, needles);
        var lines = console.lines().filter(line -> line.startsWith("{")).toList();
        assertThat(lines).as("JSON log lines").hasSizeGreaterThan(100);
        var withId = 0;
        for (var line : lines) {
            var event = JSON.readTree(line);
            assertThat(event.has("@timestamp")).as("an ECS event: " + line).isTrue();
            if (event.path("requestId").isString()) {
                withId++;
            }
        }
        assertThat(withId).as("lines carrying their request's id").isPositive();
    }
}
