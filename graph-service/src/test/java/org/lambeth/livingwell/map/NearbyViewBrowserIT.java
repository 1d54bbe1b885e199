package org.lambeth.livingwell.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lambeth.livingwell.support.Browser;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.ServiceIT;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The Nearby view in headless Chromium: from a postcode or an emulated browser location, the ranked list with
 * distances and walking times, the open-now toggle, and a link that brings the same view back, each compared with
 * the GraphQL API's answer for the same place.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearbyViewBrowserIT {

    static final double RADIUS = 1500;
    /** Brixton, as a browser would report it; the page rounds it to 3 decimals before asking. */
    static final double LATITUDE = 51.46134;
    static final double LONGITUDE = -0.11562;

    @LocalServerPort
    int port;
    Browser browser;
    MapPage page;
    GraphQlHttp api;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(1280, 900);
        page = new MapPage(browser, port);
        api = new GraphQlHttp(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPostcodeGivesTheNearestPlacesFirstWithDistanceAndWalkingTime() {
        var wait = page.open("/?view=nearby");
        searchPostcode("sw2 1rw", wait);
        var expected = nearby(Map.of("postcode", "SW2 1RW"), false);
        assertThat(page.names("results")).isEqualTo(MapPage.names(expected)).hasSize(20);
        var rows = page.driver().findElements(By.cssSelector("#results .result-distance"));
        var edges = expected.path("edges");
        for (int i = 0; i < rows.size(); i++) {
            double metres = edges.get(i).path("distanceMetres").asDouble();
            long minutes = Math.max(1, Math.round(metres * 1.3 / 80));
            assertThat(rows.get(i).getText()).as("row %d", i + 1).endsWith(" · " + minutes + " min walk")
                    .matches("\\d+(\\.\\d)? k?m · .*");
        }
        assertThat(page.driver().findElement(By.id("search-status")).getText())
                .isEqualTo("The nearest 20 of " + expected.path("totalCount").asInt() + " places within 1.5 km of SW2 1RW.");
        // one numbered marker per result, numbered as the list
        var markers = page.driver().findElements(By.cssSelector(".leaflet-marker-pane .nearby-marker"));
        assertThat(markers).hasSize(20);
        assertThat(markers.getFirst().getDomAttribute("title")).isEqualTo("1. " + page.names("results").getFirst());
        assertThat(page.driver().findElements(By.cssSelector(".leaflet-marker-pane .asset-cluster"))).isEmpty();
        assertThat(page.accessibilityViolations()).isEmpty();
        browser.screenshot("nearby-view");

        // choosing a marker marks its row
        markers.get(2).click();
        assertThat(page.openPanelName(wait)).isEqualTo(page.names("results").get(2));
        assertThat(page.driver().findElements(By.cssSelector("#results li[aria-current=true] .result-name")))
                .extracting(WebElement::getText).containsExactly(page.names("results").get(2));
    }

    /** What is open depends on the hour the test runs (at night nothing may be): the page must say what the API says. */
    @Test
    void openNowShowsWhatTheApiSaysIsOpenNow() {
        var wait = page.open("/?view=nearby");
        searchPostcode("SW2 1RW", wait);
        var all = nearby(Map.of("postcode", "SW2 1RW"), false);
        page.driver().findElement(By.id("open-now")).click();
        var open = nearby(Map.of("postcode", "SW2 1RW"), true);
        assertThat(open.path("totalCount").asInt()).isLessThan(all.path("totalCount").asInt());
        wait.until(d -> resultsDone() && page.names("results").equals(MapPage.names(open)));
        assertThat(page.driver().findElements(By.cssSelector("#results .result-details")))
                .hasSize(open.path("edges").size())
                .allSatisfy(details -> assertThat(details.getText()).startsWith("Open now"));
        var status = page.driver().findElement(By.id("search-status")).getText();
        assertThat(status).contains("open now");
        if (open.path("totalCount").asInt() == 0) {
            assertThat(status).startsWith("No places open now found within");
        }
        assertThat(page.driver().getCurrentUrl()).contains("open=1");
        browser.screenshot("nearby-open-now");

        page.driver().findElement(By.id("open-now")).click();
        wait.until(d -> page.names("results").equals(MapPage.names(all)));
    }

    @Test
    void theBrowsersLocationRoundedTo100MetresGivesTheSameAnswerAsTheApi() {
        var wait = page.open("/?view=nearby");
        var driver = page.driver();
        driver.executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", page.url(""), "permissions", List.of("geolocation")));
        driver.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", LATITUDE, "longitude", LONGITUDE, "accuracy", 20));
        try {
            driver.findElement(By.id("use-location")).click();
            var expected = nearby(Map.of("latitude", 51.461, "longitude", -0.116), false);
            wait.until(d -> page.names("results").equals(MapPage.names(expected)));
            assertThat(driver.findElement(By.id("search-status")).getText()).endsWith("of your location.");
            assertThat(driver.getCurrentUrl()).contains("near=51.461%2C-0.116");
            assertThat(driver.findElements(By.cssSelector(".leaflet-marker-pane .search-place-marker"))).hasSize(1);
            browser.screenshot("nearby-my-location");

            // a person who says no, on a fresh visit: the permission reset, then denied (Chromium 150 keeps a
            // permission granted by grantPermissions over a later "denied", and a page that had a position keeps
            // answering from it)
            driver.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
            driver.executeCdpCommand("Browser.resetPermissions", Map.of());
            driver.executeCdpCommand("Browser.setPermission", Map.of("origin", page.url(""),
                    "permission", Map.of("name", "geolocation"), "setting", "denied"));
            page.open("/?view=nearby");
            driver.findElement(By.id("use-location")).click();
            var error = driver.findElement(By.id("search-error"));
            wait.until(d -> !error.getText().isBlank());
            assertThat(error.getText()).contains("did not share your location", "postcode");
            assertThat(page.names("results")).isEmpty();
        } finally {
            driver.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
            driver.executeCdpCommand("Browser.resetPermissions", Map.of());
        }
    }

    @Test
    void theLinkReproducesTheViewInAFreshPage() {
        var wait = page.open("/?view=nearby");
        searchPostcode("SE11 5QY", wait);
        page.driver().findElement(By.id("open-now")).click();
        var open = nearby(Map.of("postcode", "SE11 5QY"), true);
        wait.until(d -> resultsDone() && page.names("results").equals(MapPage.names(open)));
        // the address bar catches up with the link (the map's centre and zoom are written when the page is idle); the
        // link is read again each time, as the map's fit to the results may still be moving it
        wait.until(d -> page.addressBarParams().equals(page.queryParams(nearbyLink())));
        var link = nearbyLink();
        assertThat(link).contains("view=nearby", "postcode=SE11+5QY", "open=1", "lat=", "lng=", "z=");
        var view = page.queryParams(link);

        page.driver().get("about:blank");
        var again = page.open(link.substring(link.indexOf('/', "http://".length())));
        again.until(d -> resultsDone());
        assertThat(page.names("results")).isEqualTo(MapPage.names(open));
        assertThat(page.driver().findElement(By.id("postcode")).getDomProperty("value")).isEqualTo("SE11 5QY");
        assertThat(page.driver().findElement(By.id("open-now")).isSelected()).isTrue();
        assertThat(page.driver().findElement(By.cssSelector("#view-tabs a[aria-current=page]")).getText()).isEqualTo("Nearby");
        // the map stays where the link says (no new fit to the results)
        again.until(d -> page.addressBarParams().equals(view));
        assertThat(page.addressBarParams()).isEqualTo(view);
        assertThat(page.driver().findElements(By.cssSelector(".leaflet-marker-pane .nearby-marker")))
                .hasSize(page.names("results").size());
    }

    private String nearbyLink() {
        return page.driver().findElement(By.id("nearby-link")).getDomProperty("href");
    }

    @Test
    void worksOnAPhoneSizedScreen() {
        try (var phone = MapPage.phone()) {
            var small = new MapPage(phone, port);
            var wait = small.open("/?view=nearby");
            var postcode = small.driver().findElement(By.id("postcode"));
            postcode.sendKeys("SW9 8HE", Keys.ENTER);
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results li"), 0));
            var first = small.driver().findElements(By.cssSelector("#results button.asset-row")).getFirst();
            var name = first.findElement(By.cssSelector(".result-name")).getText();
            first.click();
            assertThat(small.openPanelName(wait)).isEqualTo(name);
            var map = small.driver().findElement(By.id("map")).getRect();
            assertThat(map.getWidth()).isBetween(370, 390);
            assertThat(map.getHeight()).isGreaterThan(300);
            phone.screenshot("nearby-phone");
            assertThat(small.accessibilityViolations()).isEmpty();
        }
    }

    private void searchPostcode(String text, WebDriverWait wait) {
        var postcode = page.driver().findElement(By.id("postcode"));
        postcode.clear();
        postcode.sendKeys(text, Keys.ENTER);
        wait.until(d -> "done".equals(d.findElement(By.id("results")).getDomAttribute("data-state"))
                && !page.names("results").isEmpty());
    }

    private JsonNode nearby(Map<String, Object> place, boolean openNow) {
        var filter = new java.util.HashMap<String, Object>();
        filter.put("near", Map.of("place", place, "radiusMetres", RADIUS));
        if (openNow) {
            filter.put("openNow", true);
        }
        return api.data("""
                query($f: AssetFilter) { assets(filter: $f, sort: DISTANCE, first: 20) {
                  totalCount edges { distanceMetres node { name } } } }""", Map.of("f", filter)).path("assets");
    }

    /** The Nearby list holds an answer (not loading, not an error). */
    private boolean resultsDone() {
        return "done".equals(page.driver().findElement(By.id("results")).getDomAttribute("data-state"));
    }
}
