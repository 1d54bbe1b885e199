package org.lambeth.livingwell.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Strength dashboard in headless Chromium, signed in as a lead: the figures are the API's, a what-if removal
 * shows whatIf's figures, communities are listed, coverage gaps are shaded and the trend is drawn.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {

    static final String STRENGTH_FIELDS = """
            sides { locality { id } members ties density } crossTies eiIndex independentPaths crossIntroductions
            minimumCut { id }""";

    @LocalServerPort
    int port;
    Browser browser;
    GraphQlHttp lead;

    @BeforeAll
    void openBrowserSignedInAsLead() {
        lead = new GraphQlHttp(port).as(Role.LEAD);
        if (lead.data("{ networkStrengthHistory { id } }").path("networkStrengthHistory").isEmpty()) {
            lead.data("mutation { takeNetworkSnapshot(input: {}) { snapshot { id } } }");
        }
        browser = new Browser(1280, 1000);
        var page = browser.driver();
        page.get("http://127.0.0.1:" + port + "/");
        browser.waitUpTo(Duration.ofSeconds(60))
                .until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-ready") != null);
        signIn("lead");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theFiguresAreTheApisAndAWhatIfRemovalShowsWhatIfs() {
        var page = browser.driver();
        var wait = openDashboard();
        var strength = lead.data("{ networkStrength { " + STRENGTH_FIELDS + " } }").path("networkStrength");
        assertFigures(".figure-now", strength);

        var firstCut = strength.path("minimumCut").get(0).path("id").asString();
        var toggle = page.findElement(By.cssSelector(".minimum-cut button.toggle-remove[data-id='" + firstCut + "']"));
        assertThat(toggle.getDomAttribute("aria-pressed")).isEqualTo("false");
        toggle.click();
        wait.until(d -> !d.findElements(By.cssSelector(".what-if")).isEmpty()
                && d.findElement(By.id("dashboard-figures")).getDomAttribute("aria-busy") == null);
        var whatIf = lead.data("query($remove: [ID!]!) { whatIf(remove: $remove) { after { " + STRENGTH_FIELDS
                + " } independentPathsLost crossTiesLost } }", Map.of("remove", List.of(firstCut))).path("whatIf");
        assertFigures(".figure-after", whatIf.path("after"));
        assertFigures(".figure-now", strength);
        var lost = page.findElement(By.cssSelector(".what-if")).getText();
        assertThat(lost).contains(whatIf.path("independentPathsLost").asInt() + " independent path")
                .contains(whatIf.path("crossTiesLost").asInt() + " tie");
        assertThat(page.findElement(By.cssSelector(".minimum-cut button.toggle-remove[data-id='" + firstCut + "']"))
                .getDomAttribute("aria-pressed")).isEqualTo("true");
        browser.screenshot("dashboard-what-if");

        // put them back: the figures are the API's again, with no "without them" column
        page.findElement(By.cssSelector(".minimum-cut button.toggle-remove[data-id='" + firstCut + "']")).click();
        wait.until(d -> d.findElements(By.cssSelector(".figure-after")).isEmpty());

        // a key connector's marker on the map removes it too
        var marker = page.findElement(By.cssSelector(".leaflet-marker-icon.dashboard-connector"));
        var id = marker.findElement(By.cssSelector("span[data-id]")).getDomAttribute("data-id");
        marker.click();
        wait.until(d -> !d.findElements(By.cssSelector(".what-if")).isEmpty()
                && d.findElement(By.id("dashboard-figures")).getDomAttribute("aria-busy") == null);
        var byMarker = lead.data("query($remove: [ID!]!) { whatIf(remove: $remove) { after { " + STRENGTH_FIELDS
                + " } } }", Map.of("remove", List.of(id))).path("whatIf");
        assertFigures(".figure-after", byMarker.path("after"));
        assertThat(page.findElement(By.cssSelector(".leaflet-marker-icon.dashboard-connector.is-removed"))).isNotNull();
        page.findElement(By.cssSelector(".what-if button")).click();
        wait.until(d -> d.findElements(By.cssSelector(".figure-after")).isEmpty());
    }

    @Test
    void keyConnectorsAndCommunitiesAreListed() {
        var page = browser.driver();
        openDashboard();
        var connectors = lead.data("{ keyConnectors(top: 10) { articulationPoints { id } } }").path("keyConnectors");
        assertThat(page.findElements(By.cssSelector(".articulation-points li")))
                .hasSize(connectors.path("articulationPoints").size());
        var communities = lead.data("{ communities { communities { id size } } }").path("communities")
                .path("communities");
        var rows = page.findElements(By.cssSelector(".communities-table tbody tr"));
        assertThat(rows).hasSize(communities.size()).hasSizeGreaterThan(1);
        assertThat(rows.getFirst().findElements(By.tagName("td")).getFirst().getText())
                .isEqualTo(communities.get(0).path("size").asString());
        assertThat(Accessibility.violations(page, "#view-dashboard")).isEmpty();
        browser.screenshot("dashboard-strength");
    }

    @Test
    void coverageGapsAreShadedOnTheMapForACategory() {
        var page = browser.driver();
        var wait = openDashboard();
        wait.until(d -> !d.findElements(By.id("coverage-category")).isEmpty());
        assertThat(page.findElement(By.id("coverage-category")).getDomProperty("value")).isEqualTo("library");
        page.findElement(By.cssSelector(".coverage-form button[type='submit']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".coverage-results")).getDomAttribute("data-gaps") != null);
        var report = lead.data("{ coverage(category: \"library\", walkMetres: 800, kind: WARD) { areas { gap } } }")
                .path("coverage");
        int gaps = 0;
        for (var area : report.path("areas")) {
            gaps += area.path("gap").isNull() ? 0 : 1;
        }
        assertThat(gaps).isPositive();
        assertThat(page.findElements(By.cssSelector("path.coverage-gap"))).hasSize(gaps);
        assertThat(page.findElements(By.cssSelector(".coverage-table tbody tr"))).hasSize(gaps);
        assertThat(page.findElement(By.cssSelector(".coverage-results")).getDomAttribute("data-gaps"))
                .isEqualTo(String.valueOf(gaps));
        // shaded by pattern, in labelled classes
        assertThat(page.findElements(By.cssSelector("path.coverage-gap")).stream()
                .map(p -> p.getDomAttribute("fill")).toList()).allMatch(fill -> fill.startsWith("url(#gap-"));
        assertThat(page.findElements(By.cssSelector(".coverage-key li"))).hasSize(3);
        assertThat(Accessibility.violations(page, "#dashboard-coverage")).isEmpty();
        browser.screenshot("dashboard-coverage");
    }

    @Test
    void theTrendIsDrawnWithATable() {
        var page = browser.driver();
        var wait = openDashboard();
        var history = lead.data("{ networkStrengthHistory { takenOn crossTies } }").path("networkStrengthHistory");
        assertThat(history.size()).isPositive();
        wait.until(d -> !d.findElements(By.cssSelector("svg.trend-chart")).isEmpty());
        assertThat(page.findElements(By.cssSelector("svg.trend-chart .trend-crossTies .trend-point")))
                .hasSize(history.size());
        assertThat(page.findElement(By.cssSelector("svg.trend-chart")).getText()).contains("Snapshot date");
        var rows = page.findElements(By.cssSelector(".trend-table tbody tr"));
        assertThat(rows).hasSize(history.size());
        assertThat(rows.getLast().getText()).contains(history.get(history.size() - 1).path("takenOn").asString())
                .contains(history.get(history.size() - 1).path("crossTies").asString());
    }

    @Test
    void aPeerSupporterSeesTheFiguresButNoPersonNamed() {
        var page = browser.driver();
        var named = new java.util.HashSet<String>();
        lead.data("{ networkStrength { minimumCut { name kind } } }").path("networkStrength").path("minimumCut")
                .forEach(m -> {
                    if (m.path("kind").asString().equals("PERSON")) {
                        named.add(m.path("name").asString());
                    }
                });
        assertThat(named).isNotEmpty();
        signIn("peer");
        try {
            openDashboard();
            var peer = new GraphQlHttp(port).as(Role.PEER_SUPPORTER);
            var cut = peer.data("{ networkStrength { minimumCut { id kind } } }").path("networkStrength")
                    .path("minimumCut");
            var items = page.findElements(By.cssSelector(".minimum-cut li"));
            assertThat(items).hasSize(cut.size());
            var text = page.findElement(By.id("view-dashboard")).getText();
            assertThat(named).noneMatch(text::contains);
            assertThat(text).contains("not named to you");
            // people cannot be removed by id they were not given: only organisations and places have toggles
            int withIds = 0;
            for (var member : cut) {
                withIds += member.path("id").isNull() ? 0 : 1;
            }
            assertThat(page.findElements(By.cssSelector(".minimum-cut button.toggle-remove"))).hasSize(withIds);
        } finally {
            signIn("lead");
        }
    }

    private void signIn(String user) {
        var status = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('api/login', {method: 'POST', headers: {'Content-Type': 'application/json'},
                  body: JSON.stringify({username: arguments[0], password: arguments[0] + '-test-password'})})
                  .then((r) => done(r.status), (e) => done(String(e)));""", user);
        assertThat(status).isEqualTo(200L);
    }

    private WebDriverWait openDashboard() {
        var page = browser.driver();
        page.get("http://127.0.0.1:" + port + "/?view=dashboard");
        var wait = browser.waitUpTo(Duration.ofSeconds(90));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(page.findElement(By.tagName("body")).getDomAttribute("data-view")).isEqualTo("dashboard");
        wait.until(d -> !d.findElements(By.cssSelector(".strength-figures")).isEmpty()
                && d.findElements(By.cssSelector(".dashboard-part[aria-busy]")).isEmpty());
        return wait;
    }

    /** Every figure shown in the column equals the report's. */
    private void assertFigures(String column, JsonNode report) {
        var page = browser.driver();
        var north = report.path("sides").get(0);
        var south = report.path("sides").get(1);
        var expected = Map.of("membersNorth", north.path("members").asDouble(),
                "membersSouth", south.path("members").asDouble(), "tiesNorth", north.path("ties").asDouble(),
                "tiesSouth", south.path("ties").asDouble(), "densityNorth", north.path("density").asDouble(),
                "densitySouth", south.path("density").asDouble(), "crossTies", report.path("crossTies").asDouble(),
                "eiIndex", report.path("eiIndex").asDouble(), "independentPaths",
                report.path("independentPaths").asDouble(), "crossIntroductions",
                report.path("crossIntroductions").asDouble());
        for (var entry : expected.entrySet()) {
            WebElement cell = page.findElement(By.cssSelector("tr[data-figure='" + entry.getKey() + "'] " + column));
            assertThat(Double.parseDouble(cell.getDomAttribute("data-value"))).as(entry.getKey() + column)
                    .isEqualTo(entry.getValue());
            assertThat(cell.isDisplayed()).isTrue();
        }
    }
}
