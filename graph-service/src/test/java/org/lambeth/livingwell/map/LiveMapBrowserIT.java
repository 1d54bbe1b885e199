package org.lambeth.livingwell.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.Browser;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.SecondInstance;
import org.lambeth.livingwell.support.ServiceIT;
import org.lambeth.livingwell.store.EmbeddedNeo4jProperties;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live map in two headless Chromiums on two service instances that share one Neo4j: what an editor adds in the
 * Edit view of the first instance's page appears on the second instance's page within 2 s without a reload (in its
 * latest changes and in the Explore view's count), and when the second instance goes away and comes back, its page
 * reconnects and shows every change made meanwhile, in order.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveMapBrowserIT {

    private static final String ADD = """
            const [name, done] = [arguments[0], arguments[arguments.length - 1]];
            fetch('graphql', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({
              query: 'mutation($input: AddAssetInput!) { addAsset(input: $input) { asset { id } } }',
              variables: {input: {name, categories: ['library'], location: {latitude: 51.4613, longitude: -0.1156}}}})})
              .then((r) => r.json()).then((json) => done(json.data.addAsset.asset.id), (e) => done('failed: ' + e));
            """;
    private static final String SIGN_IN = """
            const done = arguments[arguments.length - 1];
            fetch('api/login', {method: 'POST', headers: {'Content-Type': 'application/json'},
              body: JSON.stringify({username: 'editor', password: 'editor-test-password'})})
              .then((r) => done(r.status), (e) => done(String(e)));
            """;

    @LocalServerPort
    int port;

    @Autowired
    Neo4jConnectionDetails database;

    @Autowired
    EmbeddedNeo4jProperties embedded;

    private SecondInstance second;
    private Browser editing;
    private Browser watching;
    private final List<String> added = new ArrayList<>();

    @BeforeAll
    void start() {
        second = new SecondInstance(database.getUri().toString(), embedded.passwordFile(), SecondInstance.freePort())
                .start();
        editing = new Browser(1280, 900);
        watching = new Browser(1280, 900);
    }

    @AfterAll
    void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {editing, watching, second}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // the next one still closes
            }
        }
    }

    @AfterEach
    void retireWhatWasAdded() {
        var editor = new GraphQlHttp(port).as(Role.EDITOR);
        for (var id : added) {
            editor.post("mutation($id: ID!) { retireAsset(input: {id: $id}) { id } }", Map.of("id", id));
        }
        added.clear();
    }

    @Test
    void anAssetAddedInOneBrowserAppearsInAnotherOnAnotherInstanceWithinTwoSecondsAndReconnectingMissesNothing() {
        open(editing, port);
        assertThat(editing.driver().executeAsyncScript(SIGN_IN)).isEqualTo(200L);
        open(editing, port); // the page now knows the editor: the Edit tab shows
        open(watching, second.port());
        awaitLive(watching);
        int placesBefore = watching.waitUpTo(Duration.ofSeconds(60)).until(d -> {
            int places = placesOnTheMap(watching);
            return places >= 0 ? places : null;
        });

        // the editor adds a place in the Edit view of the first instance's page
        var name = "<img src=x onerror=\"window.injected=1\"> live café";
        var page = editing.driver();
        page.findElement(By.cssSelector("#view-tabs a[data-view=edit]")).click();
        var category = editing.waitUpTo(Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("edit-category-library")).stream().findFirst().orElse(null));
        type(editing, "edit-name", name);
        category.click();
        type(editing, "edit-latitude", "51.4613");
        type(editing, "edit-longitude", "-0.1156");
        page.findElement(By.id("edit-submit")).click();
        long sent = System.nanoTime();
        var form = page.findElement(By.id("edit-form"));
        added.add(editing.waitUpTo(Duration.ofSeconds(10)).until(d -> form.getDomAttribute("data-asset-id")));
        var item = watching.waitUpTo(Duration.ofSeconds(5)).until(d -> latestChanges(watching).stream()
                .filter(li -> li.getText().contains(name)).findFirst().orElse(null));
        long shownMillis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(shownMillis).as("ms from the editor's save to the other page showing it").isLessThan(2_000);
        assertThat(item.getText()).startsWith(item.findElement(By.tagName("time")).getText()).contains("Added: " + name);
        assertThat(watching.driver().findElements(By.cssSelector("#live-changes img"))).isEmpty();
        assertThat(watching.driver().executeScript("return window.injected === undefined")).isEqualTo(true);
        // the Explore view's map and list reloaded: one place more in view, no page reload
        watching.waitUpTo(Duration.ofSeconds(5)).until(d -> placesOnTheMap(watching) == placesBefore + 1);
        watching.screenshot("live-change-arrived");

        // the watching page's instance goes away; two changes land meanwhile through the other one
        second.stop();
        watching.waitUpTo(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("live-status")).getText()
                .startsWith("Reconnecting"));
        watching.screenshot("live-reconnecting");
        var firstMissed = "Added while the page was cut off";
        var secondMissed = "Also added while it was cut off";
        added.add((String) editing.driver().executeAsyncScript(ADD, firstMissed));
        added.add((String) editing.driver().executeAsyncScript(ADD, secondMissed));

        second.start();
        watching.waitUpTo(Duration.ofSeconds(30)).until(d -> latestChanges(watching).stream()
                .anyMatch(li -> li.getText().contains(secondMissed)));
        awaitLive(watching);
        var texts = latestChanges(watching).stream().map(WebElement::getText).toList();
        // newest first: both missed changes, in order, then the first one, each once
        assertThat(texts.get(0)).contains(secondMissed);
        assertThat(texts.get(1)).contains(firstMissed);
        assertThat(texts.get(2)).contains(name);
        assertThat(texts.stream().filter(t -> t.contains(firstMissed))).hasSize(1);
        var positions = latestChanges(watching).stream().limit(3)
                .map(li -> Long.parseLong(li.getDomAttribute("data-position"))).toList();
        assertThat(positions.get(0)).isEqualTo(positions.get(1) + 1);
        assertThat(positions.get(1)).isEqualTo(positions.get(2) + 1);
        watching.waitUpTo(Duration.ofSeconds(5)).until(d -> placesOnTheMap(watching) == placesBefore + 3);
        watching.screenshot("live-reconnected-nothing-missed");
    }

    private static void open(Browser browser, int port) {
        browser.driver().get("http://127.0.0.1:" + port + "/");
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static void type(Browser browser, String id, String text) {
        var input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void awaitLive(Browser browser) {
        browser.waitUpTo(Duration.ofSeconds(20))
                .until(d -> "live".equals(d.findElement(By.id("live-status")).getDomAttribute("data-state")));
    }

    private static List<WebElement> latestChanges(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#live-changes li"));
    }

    /** The count the Explore view states for the map's view ("414 places in the map's view: 1–20 shown."); -1 while it loads. */
    private static int placesOnTheMap(Browser browser) {
        var list = browser.driver().findElement(By.id("explore-list"));
        var text = browser.driver().findElement(By.id("explore-status")).getText();
        if (list.getDomAttribute("aria-busy") != null || !text.matches("^\\d+ place.*")) {
            return -1;
        }
        return Integer.parseInt(text.replaceAll("^(\\d+) place.*$", "$1"));
    }
}
