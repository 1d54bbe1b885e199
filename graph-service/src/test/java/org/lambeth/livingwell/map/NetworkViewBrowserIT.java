package org.lambeth.livingwell.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.Accessibility;
import org.lambeth.livingwell.support.Browser;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Network view in headless Chromium, as the public sees it: ties by kind, North–South ties, key connectors. */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkViewBrowserIT {

    static final List<String> KINDS = List.of("COLLABORATION", "COORDINATION", "CONTRACT", "ALLIANCE", "RUNS");

    @LocalServerPort
    int port;
    @Autowired
    Driver neo4j;
    Browser browser;
    String southPlace;

    @BeforeAll
    void openBrowserWithATieAcrossNorthAndSouth() {
        browser = new Browser(1280, 900);
        // every seeded place an organisation runs is in the North: Certitude gets a place in Streatham (South)
        southPlace = new GraphQlHttp(port).as(Role.EDITOR).data("""
                mutation { addAsset(input: {name: "Certitude Streatham (network view test)", categories: ["library"],
                  location: {latitude: 51.4285, longitude: -0.1316}}) { asset { id } } }""")
                .path("addAsset").path("asset").path("id").asString();
        try (var session = neo4j.session()) {
            session.run("MATCH (o:Organisation {id: 'org-certitude'}), (a:Asset {id: $id}) MERGE (o)-[:RUNS]->(a)",
                    Map.of("id", southPlace)).consume();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (southPlace != null) {
            new GraphQlHttp(port).as(Role.EDITOR).data(
                    "mutation($id: ID!) { retireAsset(input: {id: $id}) { __typename } }", Map.of("id", southPlace));
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void tiesAreDrawnByKindWithNorthSouthTiesAndKeyConnectorsMarkedAndListed() {
        var page = browser.driver();
        var api = new GraphQlHttp(port).data("""
                { networkMap { crossLocalityTies organisations { id name keyConnector }
                  ties { kind from to crossLocality } } }""").path("networkMap");
        openNetwork();

        var perKind = new HashMap<String, Integer>();
        api.path("ties").forEach(t -> perKind.merge(t.path("kind").asString(), 1, Integer::sum));
        var dashes = new HashSet<String>();
        for (var kind : KINDS) {
            var paths = page.findElements(By.cssSelector("path.network-tie.tie-" + kind.toLowerCase()));
            assertThat(paths).as(kind).hasSize(perKind.getOrDefault(kind, 0)).isNotEmpty();
            // one pattern per kind: dash array and width together
            dashes.add(String.valueOf(paths.getFirst().getDomAttribute("stroke-dasharray")));
            assertThat(page.findElements(By.cssSelector(".network-legend li[data-legend='" + kind + "'] svg line")))
                    .hasSize(1);
        }
        assertThat(dashes).hasSize(KINDS.size());
        var shown = page.findElement(By.cssSelector("#view-network")).getDomAttribute("data-ties");
        assertThat(Integer.parseInt(shown)).isEqualTo(api.path("ties").size());

        int cross = api.path("crossLocalityTies").asInt();
        assertThat(cross).isPositive();
        assertThat(page.findElements(By.cssSelector("path.network-tie.tie-cross"))).hasSize(cross);
        assertThat(page.findElements(By.cssSelector(".tie-cross-label"))).hasSize(cross);
        var crossRows = page.findElements(By.cssSelector(".network-cross-table tbody tr"));
        assertThat(crossRows).hasSize(cross);
        assertThat(crossRows.stream().map(WebElement::getText).toList())
                .anyMatch(text -> text.contains("Certitude") && text.contains("Collaborative")
                        && text.contains("South → North"));
        assertThat(page.findElement(By.cssSelector(".network-status")).getText())
                .contains(cross + (cross == 1 ? " tie" : " ties") + " across North and South");

        var keys = new HashSet<String>();
        api.path("organisations").forEach(o -> {
            if (o.path("keyConnector").asBoolean()) {
                keys.add(o.path("name").asString());
            }
        });
        assertThat(keys).isNotEmpty();
        var keyMarkers = page.findElements(By.cssSelector(".leaflet-marker-icon.network-org-key"));
        assertThat(keyMarkers).hasSize(keys.size());
        assertThat(keyMarkers.stream().map(m -> m.getDomAttribute("title")).toList())
                .allMatch(title -> title.contains("key connector"));
        assertThat(page.findElements(By.cssSelector(".network-organisation-table tr[data-key='true']")))
                .hasSize(keys.size());
        assertThat(page.findElements(By.cssSelector(".leaflet-marker-icon.network-org")))
                .hasSize(api.path("organisations").size());

        // the kind filter: without RUNS, no RUNS line is drawn and the rest stay
        int runs = perKind.getOrDefault("RUNS", 0);
        page.findElement(By.id("network-kind-RUNS")).click();
        var wait = browser.waitUpTo(Duration.ofSeconds(30));
        wait.until(d -> String.valueOf(api.path("ties").size() - runs)
                .equals(d.findElement(By.id("view-network")).getDomAttribute("data-ties")));
        assertThat(page.findElements(By.cssSelector("path.network-tie.tie-runs"))).isEmpty();
        assertThat(page.findElements(By.cssSelector("path.network-tie.tie-collaboration")))
                .hasSize(perKind.get("COLLABORATION"));
        page.findElement(By.id("network-kind-RUNS")).click();
        wait.until(d -> String.valueOf(api.path("ties").size())
                .equals(d.findElement(By.id("view-network")).getDomAttribute("data-ties")));

        assertThat(Accessibility.violations(page, "#view-network")).isEmpty();
        assertThat(Accessibility.violations(page, ".legend")).isEmpty();
        browser.screenshot("network-view");

        // on a phone the page does not scroll sideways: wide tables scroll inside their own region
        page.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            assertThat((Boolean) page.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            browser.screenshot("network-view-phone");
        } finally {
            page.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void thePublicSeesNoPeopleAndCannotOpenTheStrengthDashboard() {
        var page = browser.driver();
        openNetwork();
        var text = page.findElement(By.cssSelector("#view-network")).getText();
        assertThat(text).doesNotContain("demo-person").doesNotContainPattern("Person \\d");
        assertThat(page.findElements(By.cssSelector("#view-network [data-id^='demo-person']"))).isEmpty();
        var strengthTab = page.findElement(By.cssSelector("#view-tabs a[data-view='dashboard']"));
        assertThat(strengthTab.isDisplayed()).isFalse();

        page.get("http://127.0.0.1:" + port + "/?view=dashboard");
        var wait = browser.waitUpTo(Duration.ofSeconds(60));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(page.findElement(By.tagName("body")).getDomAttribute("data-view")).isEqualTo("explore");
        assertThat(page.findElement(By.id("view-dashboard")).isDisplayed()).isFalse();
        assertThat(page.findElements(By.cssSelector(".dashboard-part"))).isEmpty();
    }

    private WebDriverWait openNetwork() {
        var page = browser.driver();
        page.get("http://127.0.0.1:" + port + "/?view=network");
        var wait = browser.waitUpTo(Duration.ofSeconds(60));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        wait.until(d -> d.findElement(By.id("view-network")).getDomAttribute("data-ties") != null
                && d.findElement(By.id("view-network")).getDomAttribute("aria-busy") == null);
        return wait;
    }
}
