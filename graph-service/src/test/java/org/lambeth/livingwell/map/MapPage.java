package org.lambeth.livingwell.map;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.support.Accessibility;
import org.lambeth.livingwell.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The map page as the browser tests see it: opening it, and reading what it shows. */
final class MapPage {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Browser browser;
    private final int port;

    MapPage(Browser browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    ChromeDriver driver() {
        return browser.driver();
    }

    WebDriverWait waitUpTo(int seconds) {
        return browser.waitUpTo(Duration.ofSeconds(seconds));
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    /**
     * Opens the page at the path and query (e.g. "/?view=nearby") and waits until it says it is ready. The waits are
     * generous: the first requests of a run compile their query plans, and the test machines are shared.
     */
    WebDriverWait open(String pathAndQuery) {
        driver().get(url(pathAndQuery));
        waitUpTo(90).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        return waitUpTo(60);
    }

    /** The box the drawn clusters were asked for (as the page sent it), or null before the first draw. */
    Map<String, Object> drawnBox() {
        var box = driver().findElement(By.id("map")).getDomAttribute("data-box");
        return box == null ? null : JSON.readValue(box, new TypeReference<Map<String, Object>>() { });
    }

    int drawnZoom() {
        return Integer.parseInt(driver().findElement(By.id("map")).getDomAttribute("data-zoom"));
    }

    /**
     * The address bar's query parameters once the page is idle after its next paint: the map's centre and zoom reach
     * the address bar only then (url-state.js, writeParams with whenIdle).
     */
    Object addressBarParams() {
        return driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => requestIdleCallback(
                    () => setTimeout(() => done(Object.fromEntries(new URLSearchParams(location.search)))),
                    { timeout: 1000 }))));""");
    }

    /** A link's query parameters, read by the browser's own URL parser as {@link #addressBarParams} reads them. */
    Object queryParams(String link) {
        return driver().executeScript("return Object.fromEntries(new URL(arguments[0]).searchParams)", link);
    }

    int paintCount() {
        var drawn = driver().findElement(By.tagName("body")).getDomAttribute("data-clusters-painted");
        return drawn == null ? 0 : Integer.parseInt(drawn);
    }

    /**
     * Places on the map: each cluster's number plus one per single marker (and per place at a shared address), read in
     * one script so markers redrawn meanwhile cannot go stale under the count.
     */
    int placesOnMap() {
        return ((Number) driver().executeScript("""
                const pane = document.querySelector('.leaflet-marker-pane');
                if (!pane) return 0;
                let sum = 0;
                for (const cluster of pane.querySelectorAll('.asset-cluster')) sum += Number(cluster.textContent.trim());
                return sum + pane.querySelectorAll('.asset-marker').length;""")).intValue();
    }

    /** The names in a list of asset rows, in order (read in one script, so a list redrawn meanwhile cannot tear). */
    @SuppressWarnings("unchecked")
    List<String> names(String listId) {
        return (List<String>) driver().executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".map((e) => e.textContent)", "#" + listId + " .result-name");
    }

    /** The name in the asset panel once its full record is shown and visible (Leaflet fades popups in). */
    String openPanelName(WebDriverWait wait) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                By.cssSelector(".leaflet-popup .asset-popup[data-state=complete] .asset-popup-name"))
                .stream().findFirst().map(WebElement::getText).filter(name -> !name.isBlank()).orElse(null));
    }

    /** axe-core's WCAG 2.2 AA violations; map markers count as having their equivalent in the list beside the map. */
    List<String> accessibilityViolations() {
        return Accessibility.violationsWithEquivalentTargets(driver(), ".leaflet-marker-icon");
    }

    /** A phone-sized browser: Chromium's windows have a minimum width, so the phone's screen is emulated. */
    static Browser phone() {
        var phone = new Browser(390, 844);
        phone.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        return phone;
    }

    /** True once no list request is in flight. */
    boolean listSettled(String listId) {
        return driver().findElement(By.id(listId)).getDomAttribute("aria-busy") == null;
    }

    static List<String> names(JsonNode connection) {
        return connection.path("edges").valueStream().map(e -> e.path("node").path("name").asString()).toList();
    }
}
