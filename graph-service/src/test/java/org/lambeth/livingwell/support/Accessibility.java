package org.lambeth.livingwell.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs axe-core (from its WebJar, on the test classpath) in the page and returns the WCAG 2.x A/AA violations, each
 * as "rule-id: target, target (help)". An empty list means the automated checks pass.
 */
public final class Accessibility {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            if (arguments[1]) axe.configure({ rules: [{ id: 'target-size', selector: `*:not(${arguments[1]})` }] });
            axe.run(arguments[0] ? document.querySelector(arguments[0]) : document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            }).then((result) => done(JSON.stringify(result.violations.map((v) => ({
              id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))),
              (error) => done(JSON.stringify([{ id: 'axe-error', help: String(error), targets: [] }])));
            """;
    private static String script;

    private Accessibility() {
    }

    /** The violations in the whole page. */
    public static List<String> violations(ChromeDriver driver) {
        return violations(driver, null);
    }

    /** The violations within the first element matching cssSelector (the whole page when null). */
    public static List<String> violations(ChromeDriver driver, String cssSelector) {
        return run(driver, cssSelector, null);
    }

    /**
     * The violations in the whole page, with the targets matching {@code equivalents} left out of the target-size
     * rule only: for controls whose function another control on the page offers at full size (WCAG 2.2 SC 2.5.8's
     * "Equivalent" exception), such as map markers that each have a row in a list beside the map.
     */
    public static List<String> violationsWithEquivalentTargets(ChromeDriver driver, String equivalents) {
        return run(driver, null, equivalents);
    }

    private static List<String> run(ChromeDriver driver, String cssSelector, String equivalents) {
        driver.executeScript(axeSource());
        var json = (String) driver.executeAsyncScript(RUN, cssSelector, equivalents);
        List<Map<String, Object>> found = JsonMapper.builder().build().readValue(json, new TypeReference<>() {
        });
        return found.stream().map(v -> v.get("id") + ": " + v.get("targets") + " (" + v.get("help") + ")").toList();
    }

    private static synchronized String axeSource() {
        if (script == null) {
            try (var in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test classpath: " + AXE);
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
