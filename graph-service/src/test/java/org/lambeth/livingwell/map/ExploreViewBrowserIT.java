package org.lambeth.livingwell.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The Explore view in headless Chromium against the seeded data: server clusters, category counts, words, the list
 * beside the map and the asset panel, each checked against the GraphQL API's own answer for the same box.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExploreViewBrowserIT {

    /** Brixton and around, at a zoom where the service still clusters. */
    static final String BRIXTON = "/?lat=51.46000&lng=-0.11500&z=14";

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
    void drawsTheServersClustersAndCountsEachCategoryAsTheApiDoes() {
        var wait = page.open("/?lat=51.46000&lng=-0.11500&z=13");
        wait.until(d -> page.drawnBox() != null);
        var box = page.drawnBox();
        var clusters = api.data("""
                query($box: BoxInput!, $zoom: Int!) { assetClusters(box: $box, zoom: $zoom) {
                  totalCount clusters { count } assets { id } } }""", Map.of("box", box, "zoom", page.drawnZoom()))
                .path("assetClusters");
        assertThat(clusters.path("clusters").size()).isPositive();
        assertThat(page.driver().findElements(By.cssSelector(".leaflet-marker-pane .asset-cluster"))).isNotEmpty();
        assertThat(page.placesOnMap()).isEqualTo(clusters.path("totalCount").asInt()).isGreaterThan(100);

        wait.until(d -> !d.findElements(By.cssSelector("#category-options li.facet")).isEmpty());
        var facets = api.data("query($f: AssetFilter) { assetFacets(filter: $f) { categories { category { id } count } } }",
                Map.of("f", Map.of("within", Map.of("box", box)))).path("assetFacets").path("categories");
        Map<String, Integer> expected = new HashMap<>();
        facets.forEach(c -> expected.put(c.path("category").path("id").asString(), c.path("count").asInt()));
        var shown = page.driver().findElements(By.cssSelector("#category-options li.facet"));
        assertThat(shown).hasSizeGreaterThanOrEqualTo(expected.size());
        for (var facet : shown) {
            var id = facet.getDomAttribute("data-category-id");
            var text = facet.findElement(By.cssSelector(".facet-count")).getText();
            assertThat(text).as(id).isEqualTo("(" + expected.getOrDefault(id, 0) + ")");
        }
        assertThat(page.driver().findElement(By.cssSelector("label[for=category-library]")).getText()).startsWith("Library (");
        assertThat(page.accessibilityViolations()).isEmpty();
        browser.screenshot("explore-view");
    }

    @Test
    void aCategoryAndThenWordsNarrowTheMapAndTheList() {
        var wait = page.open(BRIXTON);
        wait.until(d -> page.drawnBox() != null && page.listSettled("explore-list") && !page.names("explore-list").isEmpty());
        var box = page.drawnBox();
        int everything = page.placesOnMap();

        var libraries = search(Map.of("within", Map.of("box", box), "categories", List.of("library")));
        int librariesInView = libraries.path("totalCount").asInt();
        assertThat(librariesInView).isBetween(1, everything - 1);
        page.driver().findElement(By.id("category-library")).click();
        wait.until(d -> page.placesOnMap() == clusterTotal(box, Map.of("categories", List.of("library"))));
        wait.until(d -> page.listSettled("explore-list") && page.names("explore-list").equals(MapPage.names(libraries)));
        assertThat(page.driver().findElements(By.cssSelector("#explore-list .result-category")))
                .allSatisfy(category -> assertThat(category.getText()).contains("Library"));
        assertThat(page.driver().findElement(By.id("explore-status")).getText()).startsWith(librariesInView + " place");
        assertThat(page.driver().getCurrentUrl()).contains("cat=library");

        page.driver().findElement(By.id("category-library")).click(); // all categories again
        var words = page.driver().findElement(By.id("explore-text"));
        words.sendKeys("garden", Keys.ENTER);
        var gardens = search(Map.of("within", Map.of("box", box), "text", "garden"));
        assertThat(gardens.path("totalCount").asInt()).isBetween(1, everything - 1);
        wait.until(d -> page.placesOnMap() == clusterTotal(box, Map.of("text", "garden")));
        wait.until(d -> page.listSettled("explore-list") && page.names("explore-list").equals(MapPage.names(gardens)));
        assertThat(page.driver().findElement(By.id("explore-status")).getText())
                .startsWith(gardens.path("totalCount").asInt() + " place").contains("garden");
        assertThat(page.driver().getCurrentUrl()).contains("q=garden").doesNotContain("cat=");
    }

    @Test
    void theListIsKeyboardOperableAndOpensTheAssetPanelWithEverythingToKnow() {
        var wait = page.open(BRIXTON + "&q=library");
        wait.until(d -> page.listSettled("explore-list") && page.names("explore-list").contains("Brixton Library"));
        var rows = page.driver().findElements(By.cssSelector("#explore-list button.asset-row"));
        assertThat(rows).hasSizeGreaterThan(1);
        rows.getFirst().sendKeys(""); // focus the first row
        rows.getFirst().sendKeys(Keys.ARROW_DOWN);
        assertThat(page.driver().switchTo().activeElement()).isEqualTo(rows.get(1));
        rows.get(1).sendKeys(Keys.ARROW_UP);
        assertThat(page.driver().switchTo().activeElement()).isEqualTo(rows.getFirst());
        rows.getFirst().sendKeys(Keys.END);
        assertThat(page.driver().switchTo().activeElement()).isEqualTo(rows.getLast());

        var brixton = rows.stream().filter(r -> r.getText().startsWith("Brixton Library")).findFirst().orElseThrow();
        brixton.sendKeys(Keys.ENTER);
        var panel = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".leaflet-popup .asset-popup[data-state=complete]")));
        var expected = api.data("""
                query { assets(filter: {text: "Brixton Library"}, first: 1) { edges { node {
                  name openingHours { openNow regular { day } } free contact { email website } runBy { name } } } } }""")
                .path("assets").path("edges").get(0).path("node");
        // read once it shows (it fades in: while transparent, its text reads as blank)
        assertThat(page.openPanelName(wait)).isEqualTo("Brixton Library");
        assertThat(panel.findElement(By.cssSelector(".asset-hours")).getText())
                .isEqualTo(expected.path("openingHours").path("openNow").asBoolean() ? "Open now" : "Closed now");
        assertThat(panel.findElements(By.cssSelector(".hours-table tbody tr"))).hasSize(7);
        assertThat(panel.findElement(By.cssSelector(".hours-table")).getText()).contains("Monday", "Sunday");
        assertThat(panel.findElement(By.cssSelector(".asset-access")).getText()).isNotBlank();
        assertThat(panel.findElement(By.cssSelector(".asset-cost")).getText()).isEqualTo("Free");
        assertThat(panel.findElement(By.cssSelector(".asset-contact a[href^='mailto:']")).getText())
                .isEqualTo(expected.path("contact").path("email").asString());
        assertThat(panel.findElement(By.cssSelector(".asset-contact a[target=_blank]")).getDomAttribute("href"))
                .isEqualTo(expected.path("contact").path("website").asString());
        assertThat(panel.findElement(By.cssSelector(".asset-run-by")).getText())
                .startsWith(expected.path("runBy").get(0).path("name").asString());
        assertThat(panel.findElement(By.cssSelector(".asset-popup-intro")).getText()).contains("peer supporter");
        // the panel has focus (keyboard), the row is marked as the one open; Escape goes back to the row
        assertThat(page.driver().switchTo().activeElement().getDomAttribute("class")).contains("asset-popup");
        assertThat(brixton.findElement(By.xpath("..")).getDomAttribute("aria-current")).isEqualTo("true");
        page.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".leaflet-popup")));
        assertThat(page.driver().switchTo().activeElement().getText()).startsWith("Brixton Library");
        browser.screenshot("explore-asset-panel");
    }

    @Test
    void choosingOnTheMapMarksTheRowInTheList() {
        var wait = page.open("/?lat=51.46000&lng=-0.11500&z=16&q=library");
        wait.until(d -> page.listSettled("explore-list") && !page.names("explore-list").isEmpty()
                && !d.findElements(By.cssSelector(".leaflet-marker-pane .asset-marker")).isEmpty());
        WebElement marker = page.driver().findElements(By.cssSelector(".leaflet-marker-pane .asset-marker")).getFirst();
        var name = marker.getDomAttribute("title");
        assertThat(page.names("explore-list")).contains(name);
        marker.click();
        assertThat(page.openPanelName(wait)).isEqualTo(name);
        var marked = page.driver().findElements(By.cssSelector("#explore-list li[aria-current=true] .result-name"));
        assertThat(marked).extracting(WebElement::getText).containsExactly(name);
    }

    @Test
    void theLinkReproducesTheViewInAFreshPage() {
        var wait = page.open(BRIXTON);
        wait.until(d -> page.listSettled("explore-list") && !page.names("explore-list").isEmpty());
        page.driver().findElement(By.id("category-school")).click();
        page.driver().findElement(By.id("explore-text")).sendKeys("primary", Keys.ENTER);
        wait.until(d -> page.driver().getCurrentUrl().contains("q=primary") && page.listSettled("explore-list")
                && page.driver().findElement(By.id("explore-status")).getText().contains("primary"));
        var names = page.names("explore-list");
        var box = page.drawnBox();
        int places = page.placesOnMap();
        var link = page.driver().findElement(By.id("explore-link")).getDomProperty("href");
        assertThat(link).contains("cat=school", "q=primary", "lat=", "lng=", "z=14");

        page.driver().get("about:blank");
        var again = page.open(link.substring(link.indexOf('/', "http://".length())));
        again.until(d -> page.listSettled("explore-list") && !page.names("explore-list").isEmpty());
        assertThat(page.names("explore-list")).isEqualTo(names);
        assertThat(page.driver().findElement(By.id("category-school")).isSelected()).isTrue();
        assertThat(page.driver().findElement(By.id("explore-text")).getDomProperty("value")).isEqualTo("primary");
        assertThat(page.drawnBox()).isEqualTo(box);
        assertThat(page.placesOnMap()).isEqualTo(places);
    }

    @Test
    void worksOnAPhoneSizedScreen() {
        try (var phone = MapPage.phone()) {
            var small = new MapPage(phone, port);
            var wait = small.open(BRIXTON);
            wait.until(d -> small.listSettled("explore-list") && !small.names("explore-list").isEmpty()
                    && small.placesOnMap() > 0);
            var map = small.driver().findElement(By.id("map"));
            assertThat(map.getRect().getWidth()).isBetween(370, 390);
            assertThat(map.getRect().getHeight()).isGreaterThan(300);
            assertThat(small.driver().findElement(By.cssSelector("details.facets")).getDomProperty("open")).isEqualTo("false");
            var row = small.driver().findElements(By.cssSelector("#explore-list button.asset-row")).getFirst();
            var name = row.findElement(By.cssSelector(".result-name")).getText();
            row.click();
            assertThat(small.openPanelName(wait)).isEqualTo(name);
            assertThat(small.driver().findElement(By.cssSelector(".leaflet-popup")).getRect().getWidth()).isLessThanOrEqualTo(390);
            phone.screenshot("explore-phone");
            assertThat(small.accessibilityViolations()).isEmpty();
        }
    }

    private JsonNode search(Map<String, Object> filter) {
        return api.data("""
                query($f: AssetFilter, $sort: AssetSort) { assets(filter: $f, sort: $sort, first: 20) {
                  totalCount edges { node { name } } } }""",
                Map.of("f", filter, "sort", filter.containsKey("text") ? "RELEVANCE" : "NAME")).path("assets");
    }

    private int clusterTotal(Map<String, Object> box, Map<String, Object> filter) {
        return api.data("query($box: BoxInput!, $zoom: Int!, $f: AssetFilter) { assetClusters(box: $box, zoom: $zoom, filter: $f) { totalCount } }",
                Map.of("box", box, "zoom", page.drawnZoom(), "f", filter)).path("assetClusters").path("totalCount").asInt();
    }
}
