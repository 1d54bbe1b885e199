package org.lambeth.livingwell.map.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

import tools.jackson.databind.json.JsonMapper;

/**
 * A JavaScript CPU profile of the page over a phase of the benchmark (Chrome DevTools Protocol, Profiler domain),
 * written as a .cpuprofile file that Chromium's DevTools opens. Turned on with -Dbench.map.profile=true.
 */
final class PageProfile {

    private PageProfile() {
    }

    static void start(ChromeDriver driver) {
        driver.executeCdpCommand("Profiler.enable", Map.of());
        driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
        driver.executeCdpCommand("Profiler.start", Map.of());
    }

    static Path stop(ChromeDriver driver, Path file) throws IOException {
        var result = driver.executeCdpCommand("Profiler.stop", Map.of());
        Files.createDirectories(file.getParent());
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(result.get("profile")));
        return file;
    }
}
