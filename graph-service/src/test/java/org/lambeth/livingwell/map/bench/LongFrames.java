package org.lambeth.livingwell.map.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Where the page's main thread went during a phase of the benchmark: Chromium's long animation frames (frames over
 * 50 ms, with the scripts that ran in them and the time spent rendering), recorded by an observer installed before
 * any page script runs. Turned on with -Dbench.map.frames=true; prints a summary per phase.
 */
final class LongFrames {

    private static final String OBSERVER = """
            window.__longFrames = [];
            new PerformanceObserver((list) => {
              for (const f of list.getEntries()) {
                window.__longFrames.push({ start: f.startTime, duration: f.duration, blocking: f.blockingDuration,
                  render: f.renderStart ? f.startTime + f.duration - f.renderStart : 0,
                  styleLayout: f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0,
                  scripts: f.scripts.map((s) => ({ what: `${s.invoker} ${s.sourceFunctionName || ''} `
                    + `${(s.sourceURL || '').replace(/^.*\\/js\\//, 'js/')}:${s.sourceCharPosition}`,
                    duration: s.duration, forced: s.forcedStyleAndLayoutDuration })) });
              }
            }).observe({ type: 'long-animation-frame', buffered: true });
            """;

    private LongFrames() {
    }

    static void install(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
    }

    static void clear(ChromeDriver driver) {
        driver.executeScript("window.__longFrames.length = 0;");
    }

    /** The frames recorded since {@link #clear}: counts, render time and the scripts that took longest. */
    @SuppressWarnings("unchecked")
    static List<String> summary(ChromeDriver driver, String phase) {
        var frames = (List<Map<String, Object>>) driver.executeScript("return window.__longFrames;");
        double total = 0;
        double render = 0;
        double styleLayout = 0;
        var scripts = new HashMap<String, double[]>();
        for (var frame : frames) {
            total += number(frame.get("duration"));
            render += number(frame.get("render"));
            styleLayout += number(frame.get("styleLayout"));
            for (var script : (List<Map<String, Object>>) frame.get("scripts")) {
                var sums = scripts.computeIfAbsent(String.valueOf(script.get("what")), k -> new double[3]);
                sums[0] += number(script.get("duration"));
                sums[1] += number(script.get("forced"));
                sums[2] += 1;
            }
        }
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "  long frames during %s: %d frames, %.0f ms in all, of which rendering "
                + "%.0f ms (style and layout %.0f ms)", phase, frames.size(), total, render, styleLayout));
        scripts.entrySet().stream().sorted(Comparator.comparingDouble(e -> -e.getValue()[0])).limit(12)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "    %7.0f ms (forced layout %5.0f ms, %3.0f times) %s",
                        e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getKey())));
        return lines;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
