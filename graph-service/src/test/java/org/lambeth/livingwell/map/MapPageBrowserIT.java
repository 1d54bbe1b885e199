package org.lambeth.livingwell.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.Browser;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.ServiceIT;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map page in headless Debian Chromium, offline: wards, markers, and a postcode search (in the Nearby view,
 * reached by its tab) and its list. ExploreViewBrowserIT and NearbyViewBrowserIT cover the views in depth.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapPageBrowserIT {

    @LocalServerPort
    int port;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(1280, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsWardsAndAssetsAndListsWhatIsNearAPostcode() {
        var page = browser.driver();
        // record Content-Security-Policy violations from the first script on (the page must need none)
        page.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
        var wait = openMap();

        assertThat(page.findElements(By.cssSelector("path.ward"))).hasSize(25);
        assertThat(page.findElements(By.cssSelector("path.ward-north"))).hasSize(14);
        assertThat(page.findElements(By.cssSelector(".asset-marker, .asset-cluster"))).isNotEmpty();
        assertThat(page.findElement(By.cssSelector(".leaflet-control-attribution")).getText())
                .contains("Crown copyright");
        browser.screenshot("map-wards-and-assets");

        searchPostcode("SW2 1RW", wait);
        List<WebElement> results = page.findElements(By.cssSelector("#results li"));
        assertThat(results).hasSizeBetween(1, 20);
        assertThat(results.getFirst().getText()).containsPattern("\\d+ m");
        assertThat(results.stream().map(WebElement::getText).toList()).anyMatch(t -> t.contains("Brixton Library"));
        assertThat(page.findElements(By.cssSelector(".search-place-marker"))).hasSize(1);
        results.getFirst().findElement(By.tagName("button")).sendKeys(Keys.ENTER);
        assertThat(new MapPage(browser, port).openPanelName(wait)).isEqualTo(results.getFirst().findElement(By.cssSelector(".result-name")).getText());
        browser.screenshot("map-postcode-results");
        assertThat((List<?>) page.executeScript("return window.cspViolations")).isEmpty();
    }

    @Test
    void anUnknownPostcodeIsExplainedBesideTheBox() {
        var page = browser.driver();
        var wait = openMap();
        enterPostcode("ZZ9 9ZZ");
        var error = page.findElement(By.id("search-error"));
        wait.until(d -> !error.getText().isBlank());
        assertThat(error.getText()).containsIgnoringCase("postcode");
        browser.screenshot("map-unknown-postcode");
    }

    @Test
    void htmlInAnAssetsNameShowsAsTextAndNeverRuns() {
        var name = "<img src=x onerror=\"window.injected=1\">";
        var editor = new GraphQlHttp(port).as(Role.EDITOR);
        // beside the SW2 1RW postcode centroid, so it is the nearest result
        var id = editor.data("""
                mutation($name: String!) { addAsset(input: {name: $name, categories: ["library"],
                  location: {postcode: "SW2 1RW"}}) { asset { id } } }""", java.util.Map.of("name", name))
                .path("addAsset").path("asset").path("id").asString();
        try {
            var page = browser.driver();
            var wait = openMap();
            searchPostcode("SW2 1RW", wait);
            var names = page.findElements(By.cssSelector("#results .result-name")).stream().map(WebElement::getText)
                    .toList();
            assertThat(names).contains(name);
            page.findElements(By.cssSelector("#results li")).stream()
                    .filter(li -> li.getText().contains(name)).findFirst().orElseThrow()
                    .findElement(By.tagName("button")).sendKeys(Keys.ENTER);
            assertThat(new MapPage(browser, port).openPanelName(wait)).isEqualTo(name);
            assertThat(page.findElements(By.cssSelector("#results img, .leaflet-popup img"))).isEmpty();
            assertThat(page.executeScript("return window.injected === undefined")).isEqualTo(true);
            browser.screenshot("map-html-in-a-name-is-text");
        } finally {
            editor.data("mutation($id: ID!) { retireAsset(input: {id: $id}) { __typename } }", java.util.Map.of("id", id));
        }
    }

    /**
     * Opens the map page and waits until it says it is ready (its first clusters drawn). Generous: the first requests
     * of a run compile their query plans, and the test machines are shared.
     */
    private WebDriverWait openMap() {
        browser.driver().get("http://127.0.0.1:" + port + "/");
        browser.waitUpTo(Duration.ofSeconds(90))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        return browser.waitUpTo(Duration.ofSeconds(30));
    }

    /** Types a postcode in the Nearby view, going there by its tab first. */
    private void enterPostcode(String text) {
        var postcode = browser.driver().findElement(By.id("postcode"));
        if (!postcode.isDisplayed()) {
            browser.driver().findElement(By.cssSelector("#view-tabs a[data-view=nearby]")).click();
            assertThat(browser.driver().getCurrentUrl()).contains("view=nearby");
        }
        postcode.clear();
        postcode.sendKeys(text, Keys.ENTER);
    }

    /** Searches from a postcode and waits for the first results. */
    private void searchPostcode(String text, WebDriverWait wait) {
        enterPostcode(text);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results li"), 0));
    }
}
