package org.lambeth.livingwell.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares answers with golden JSON files. {@code -Dgolden.update=true} rewrites them after a deliberate change
 * (review the diff); a missing file is written and the test fails, so a new golden file is always looked at.
 */
public final class GoldenJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GoldenJson() {
    }

    public static void assertMatches(Path file, JsonNode actual) {
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
                assertThat(Boolean.getBoolean("golden.update")).as("golden file " + file + " was missing: written "
                        + "now; review it and run again").isTrue();
            }
            assertSameJson(file.getFileName().toString(), JSON.readTree(Files.readString(file)), actual);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Equal structure and values; floating-point numbers within 1e-9 (summation order may differ). */
    public static void assertSameJson(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            assertThat(actual.asDouble()).as(path).isCloseTo(expected.asDouble(), within(1e-9));
        } else if (expected.isArray() || expected.isObject()) {
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            if (expected.isArray()) {
                for (int i = 0; i < expected.size(); i++) {
                    assertSameJson(path + "[" + i + "]", expected.get(i), actual.get(i));
                }
            } else {
                for (var field : expected.propertyNames()) {
                    assertSameJson(path + "." + field, expected.get(field), actual.get(field));
                }
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
