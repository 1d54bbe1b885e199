package org.lambeth.livingwell.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.Accessibility;
import org.lambeth.livingwell.support.Browser;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.ServiceIT;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in through the page's form and the Edit view, in headless Debian Chromium: an editor adds an asset by
 * clicking the map (a bad email is refused beside its field and nothing is written), changes its name and retires
 * it, and changes an asset's opening hours (a bad span refused beside its field) and resets its cost to not known,
 * each checked over the API. Anything the test added is retired afterwards (the seeded data is shared).
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditViewBrowserIT {

    private static final String NAME = "<img src=x onerror=alert(1)>";
    private static final String NEW_NAME = "Edit view test garden";
    private static final String HOURS_NAME = "Edit view hours test hall";
    private static final String HOURS = """
            query($id: ID!) { asset(id: $id) { free
              openingHours { regular { day opens closes closesNextDay } exceptions { date closed } } } }""";
    private static final String FIND = """
            query($id: ID!) { asset(id: $id) { id name location { latitude longitude } contact { email }
              categories { id } } }""";
    private static final String NEAR = """
            query($lat: Float!, $lon: Float!) {
              assets(filter: {near: {place: {latitude: $lat, longitude: $lon}, radiusMetres: 200},
                visibility: [PUBLIC, NETWORK]}, first: 100) { edges { node { id name } } } }""";
    /** Records what the page sends, and turns alert() into a flag instead of a modal. */
    private static final String RECORDER = """
            window.sentBodies = []; window.alerted = false;
            const originalFetch = window.fetch;
            window.fetch = function (url, options) {
              if (options && typeof options.body === 'string') window.sentBodies.push(options.body);
              return originalFetch.apply(this, arguments);
            };
            window.alert = () => { window.alerted = true; };""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    Browser browser;
    private final List<String> added = new ArrayList<>();

    @BeforeAll
    void openBrowser() {
        browser = new Browser(1280, 1000);
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Retires whatever a test added and left (those it retired itself answer "already retired"). */
    @AfterEach
    void retireWhatWasAdded() {
        for (var id : added) {
            editor().post("mutation($id: ID!) { retireAsset(input: {id: $id, reason: \"test clean-up\"}) { id } }",
                    Map.of("id", id));
            assertThat(editor().data(FIND, Map.of("id", id)).path("asset").isNull()).isTrue();
        }
        added.clear();
    }

    @Test
    void theEditTabIsHiddenFromThePublicAndAWrongPasswordIsExplained() {
        var page = browser.driver();
        var wait = openMap("/?view=edit");
        assertThat(editTab().isDisplayed()).isFalse();
        assertThat(page.findElement(By.tagName("body")).getDomAttribute("data-view")).isEqualTo("explore");
        assertThat(page.findElement(By.id("view-edit")).isDisplayed()).isFalse();
        assertThat(page.getCurrentUrl()).doesNotContain("view=edit");

        page.findElement(By.id("sign-in")).click();
        var dialog = page.findElement(By.cssSelector(".sign-in-dialog"));
        wait.until(d -> dialog.isDisplayed());
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo("sign-in-username");
        assertThat(Accessibility.violations(page, ".sign-in-dialog")).isEmpty();

        page.findElement(By.id("sign-in-username")).sendKeys("editor");
        page.findElement(By.id("sign-in-password")).sendKeys("not-the-password", Keys.ENTER);
        var error = page.findElement(By.id("sign-in-error"));
        wait.until(d -> !error.getText().isBlank());
        assertThat(error.getText()).contains("Wrong user name or password");
        var password = page.findElement(By.id("sign-in-password"));
        assertThat(password.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(password.getDomAttribute("aria-describedby")).isEqualTo("sign-in-error");
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo("sign-in-password");
        assertThat(Accessibility.violations(page, ".sign-in-dialog")).isEmpty();
        browser.screenshot("sign-in-wrong-password");
        assertThat(editTab().isDisplayed()).isFalse();

        page.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> !dialog.isDisplayed());
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo("sign-in");
        assertThat(page.findElement(By.id("sign-in")).getText()).isEqualTo("Sign in");
    }

    @Test
    void anEditorAddsAnAssetByClickingTheMapThenChangesAndRetiresIt() {
        var page = browser.driver();
        var wait = openMap("/");
        signIn("editor", "editor-test-password", wait);
        assertThat(page.findElement(By.id("account-who")).getText()).isEqualTo("Signed in as editor (editor)");
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo("sign-out");
        wait.until(d -> editTab().isDisplayed());

        editTab().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-category-food-growing")));
        assertThat(page.getCurrentUrl()).contains("view=edit");
        assertThat(Accessibility.violations(page, "#view-edit")).isEmpty();

        // a click on the map (where no marker is) places the new asset there
        clickAnEmptyPartOfTheMap();
        var latitude = page.findElement(By.id("edit-latitude"));
        wait.until(d -> !latitude.getDomProperty("value").isBlank());
        double lat = Double.parseDouble(latitude.getDomProperty("value"));
        double lon = Double.parseDouble(page.findElement(By.id("edit-longitude")).getDomProperty("value"));
        assertThat(lat).isBetween(51.38, 51.52);
        assertThat(lon).isBetween(-0.2, -0.03);
        assertThat(page.findElements(By.cssSelector(".edit-marker"))).hasSize(1);

        type("edit-name", NAME);
        page.findElement(By.id("edit-category-food-growing")).click();
        type("edit-email", "not-an-email");
        page.findElement(By.id("edit-submit")).click();

        assertErrorBeside("edit-email", "not an email address", wait);
        assertThat(page.findElement(By.id("edit-name")).getDomAttribute("aria-invalid")).isNull();
        assertThat(namesNear(lat, lon)).doesNotContain(NAME);
        assertThat(Accessibility.violations(page, "#view-edit")).isEmpty();
        browser.screenshot("edit-bad-email-beside-its-field");

        type("edit-email", "garden@example.org");
        page.findElement(By.id("edit-submit")).click();
        var form = page.findElement(By.id("edit-form"));
        wait.until(d -> form.getDomAttribute("data-asset-id") != null);
        var id = form.getDomAttribute("data-asset-id");
        added.add(id);
        var status = page.findElement(By.id("edit-status"));
        assertThat(status.getText()).isEqualTo("Added “" + NAME + "” to the map. You can change it below.");
        assertThat(page.findElement(By.id("edit-form-heading")).getText()).startsWith("Change");
        assertThat(page.findElement(By.cssSelector("#edit-form-heading q")).getText()).isEqualTo(NAME);
        assertThat(page.findElement(By.id("edit-email")).getDomAttribute("aria-invalid")).isNull();
        var asset = editor().data(FIND, Map.of("id", id)).path("asset");
        assertThat(asset.path("name").asString()).isEqualTo(NAME);
        assertThat(asset.path("location").path("latitude").asDouble()).isCloseTo(lat, within(1e-9));
        assertThat(asset.path("location").path("longitude").asDouble()).isCloseTo(lon, within(1e-9));
        assertThat(asset.path("contact").path("email").asString()).isEqualTo("garden@example.org");
        assertThat(asset.path("categories").findValuesAsString("id")).containsExactly("food-growing");
        assertThat(namesNear(lat, lon)).contains(NAME);
        assertThat(page.findElements(By.cssSelector("#view-edit img, .leaflet-container img[src='x']"))).isEmpty();
        assertThat(page.executeScript("return window.alerted")).isEqualTo(false);
        browser.screenshot("edit-asset-added");

        // change its name: only the name (and the id) is sent
        type("edit-name", NEW_NAME);
        page.findElement(By.id("edit-submit")).click();
        wait.until(d -> status.getText().startsWith("Saved the changes"));
        assertThat(editor().data(FIND, Map.of("id", id)).path("asset").path("name").asString()).isEqualTo(NEW_NAME);
        var update = lastSent("updateAsset");
        assertThat(update.path("variables").path("input").propertyNames()).containsExactly("id", "name");

        // find it again by name, as an editor who did not just add it would
        page.findElement(By.id("edit-new")).click();
        assertThat(page.findElement(By.id("edit-name")).getDomProperty("value")).isEmpty();
        type("edit-find", "edit view test garden");
        page.findElement(By.id("edit-find")).sendKeys(Keys.ENTER);
        var result = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#edit-find-results button[data-asset-id='" + id + "']")));
        assertThat(result.getText()).isEqualTo(NEW_NAME);
        result.click();
        wait.until(d -> NEW_NAME.equals(d.findElement(By.id("edit-name")).getDomProperty("value")));
        assertThat(page.findElement(By.id("edit-email")).getDomProperty("value")).isEqualTo("garden@example.org");

        // retire it, after a confirmation
        click("retire-start");
        var confirmation = page.findElement(By.id("retire-confirmation"));
        assertThat(confirmation.isDisplayed()).isTrue();
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo("retire-question");
        assertThat(page.findElement(By.id("retire-question")).getText()).contains(NEW_NAME);
        assertThat(editor().data(FIND, Map.of("id", id)).path("asset").isNull()).isFalse();
        browser.screenshot("edit-retire-confirmation");
        type("retire-reason", "A test asset");
        click("retire-confirm");
        wait.until(d -> status.getText().startsWith("Retired"));
        assertThat(status.getText()).contains(NEW_NAME);
        assertThat(editor().data(FIND, Map.of("id", id)).path("asset").isNull()).isTrue();
        assertThat(page.findElement(By.id("edit-form-heading")).getText()).isEqualTo("Add an asset");

        // signing out hides the tab and leaves the view
        page.findElement(By.id("sign-out")).click();
        wait.until(d -> !editTab().isDisplayed());
        assertThat(page.findElement(By.tagName("body")).getDomAttribute("data-view")).isEqualTo("explore");
        assertThat(page.findElement(By.id("sign-in")).isDisplayed()).isTrue();
        assertThat(page.getCurrentUrl()).doesNotContain("view=edit");
        assertThat(new GraphQlHttp(port).data("{ me { role } }").path("me").path("role").asString()).isEqualTo("PUBLIC");
    }

    /**
     * The opening hours of an asset, through the form: shown as rows when it is loaded, a row added with the keyboard,
     * a span closing when it opens refused beside its closes box (nothing written), then saved with an overnight span
     * and a date removed; then the cost reset to "Not known", which sends free: null.
     */
    @Test
    void anEditorChangesOpeningHoursSeesAnErrorBesideItsFieldAndResetsTheCostToNotKnown() {
        var input = new HashMap<String, Object>(Map.of("name", HOURS_NAME, "categories", List.of("community-venue"),
                "location", Map.of("latitude", 51.4501, "longitude", -0.1201), "free", true,
                "openingHours", Map.of(
                        "regular", List.of(Map.of("day", "MONDAY", "opens", "09:00", "closes", "17:00")),
                        "exceptions", List.of(Map.of("date", "2026-12-25", "closed", true)))));
        var id = editor().data("mutation($input: AddAssetInput!) { addAsset(input: $input) { asset { id } } }",
                Map.of("input", input)).path("addAsset").path("asset").path("id").asString();
        added.add(id);

        var page = browser.driver();
        var wait = openMap("/");
        signIn("editor", "editor-test-password", wait);
        wait.until(d -> editTab().isDisplayed());
        editTab().click();
        type("edit-find", HOURS_NAME);
        page.findElement(By.id("edit-find")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#edit-find-results button[data-asset-id='" + id + "']"))).click();
        wait.until(d -> HOURS_NAME.equals(d.findElement(By.id("edit-name")).getDomProperty("value")));

        // the stored hours and cost fill the form
        assertThat(new Select(page.findElement(By.id("edit-regular-0-day"))).getFirstSelectedOption().getText())
                .isEqualTo("Monday");
        assertThat(value("edit-regular-0-opens")).isEqualTo("09:00");
        assertThat(value("edit-regular-0-closes")).isEqualTo("17:00");
        assertThat(value("edit-exceptions-0-date")).isEqualTo("2026-12-25");
        assertThat(page.findElement(By.id("edit-exceptions-0-closed")).isSelected()).isTrue();
        assertThat(page.findElement(By.id("edit-exceptions-0-opens")).isEnabled()).isFalse();
        assertThat(page.findElement(By.id("edit-free-yes")).isSelected()).isTrue();
        assertThat(page.findElement(By.cssSelector("label[for='edit-free-unknown']")).getText()).isEqualTo("Not known");

        // a second span, added from the keyboard: the new row's day gets the focus
        var addSpan = page.findElement(By.id("edit-add-span"));
        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", addSpan);
        addSpan.sendKeys(Keys.ENTER);
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo("edit-regular-1-day");
        new Select(page.findElement(By.id("edit-regular-1-day"))).selectByVisibleText("Tuesday");
        setValue("edit-regular-1-opens", "10:00");
        setValue("edit-regular-1-closes", "10:00");
        click("edit-submit");

        assertErrorBeside("edit-regular-1-closes", "'10:00' is the time it opens", wait);
        assertThat(page.findElement(By.id("edit-regular-0-closes")).getDomAttribute("aria-invalid")).isNull();
        assertThat(lastSent("updateAsset").path("variables").path("input").path("openingHours").path("regular")
                .size()).isEqualTo(2);
        assertThat(hoursOf(id).path("regular").size()).isEqualTo(1);
        assertThat(Accessibility.violations(page, "#view-edit")).isEmpty();
        browser.screenshot("edit-hours-error-beside-its-field");

        // closing at 02:00 is after midnight; the date is removed, its Remove button's focus going to "Add a date"
        setValue("edit-regular-1-closes", "02:00");
        click("edit-exceptions-0-remove");
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo("edit-add-exception");
        click("edit-submit");
        var status = page.findElement(By.id("edit-status"));
        wait.until(d -> status.getText().startsWith("Saved the changes"));
        var hours = hoursOf(id);
        assertThat(hours.path("regular").toString()).isEqualTo("""
                [{"day":"MONDAY","opens":"09:00","closes":"17:00","closesNextDay":false},\
                {"day":"TUESDAY","opens":"10:00","closes":"02:00","closesNextDay":true}]""");
        assertThat(hours.path("exceptions").size()).isZero();
        assertThat(page.findElement(By.id("edit-regular-1-closes")).getDomAttribute("aria-invalid")).isNull();
        assertThat(lastSent("updateAsset").path("variables").path("input").propertyNames())
                .containsExactly("id", "openingHours");

        // cost: Not known clears it (an explicit null), and nothing else is sent
        click("edit-free-unknown");
        click("edit-submit");
        wait.until(d -> lastSent("updateAsset").path("variables").path("input").has("free"));
        wait.until(d -> editor().data(HOURS, Map.of("id", id)).path("asset").path("free").isNull());
        var sent = lastSent("updateAsset").path("variables").path("input");
        assertThat(sent.propertyNames()).containsExactly("id", "free");
        assertThat(sent.path("free").isNull()).isTrue();
        wait.until(d -> status.getText().startsWith("Saved the changes"));
        assertThat(page.findElement(By.id("edit-free-unknown")).isSelected()).isTrue();
        assertThat(hoursOf(id).path("regular").size()).isEqualTo(2);
        browser.screenshot("edit-hours-saved-cost-not-known");
    }

    /** Peer supporters and editors are out and about: the Edit view works on a phone-sized screen. */
    @Test
    void anEditorCanAddAnAssetOnAPhoneSizedScreen() {
        try (var phone = MapPage.phone()) {
            var page = phone.driver();
            var small = new MapPage(phone, port);
            small.open("/");
            assertThat(page.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('api/login', {method: 'POST', headers: {'Content-Type': 'application/json'},
                      body: JSON.stringify({username: 'editor', password: 'editor-test-password'})})
                      .then((r) => done(r.status), (e) => done(String(e)));""")).isEqualTo(200L);
            var wait = small.open("/?view=edit");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-category-food-growing")));
            assertThat(page.findElement(By.tagName("body")).getDomAttribute("data-view")).isEqualTo("edit");

            var name = page.findElement(By.id("edit-name"));
            page.executeScript("arguments[0].scrollIntoView({block: 'center'})", name);
            name.sendKeys(NEW_NAME + " (phone)");
            page.findElement(By.id("edit-category-food-growing")).click();
            for (var field : Map.of("edit-latitude", "51.4401", "edit-longitude", "-0.1301").entrySet()) {
                var box = page.findElement(By.id(field.getKey()));
                box.clear();
                box.sendKeys(field.getValue());
            }
            // every field fits the screen and the page does not scroll sideways
            assertThat((Boolean) page.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            for (var id : List.of("edit-name", "edit-latitude", "edit-longitude", "edit-email", "edit-submit")) {
                var rect = page.findElement(By.id(id)).getRect();
                assertThat(rect.getX()).as(id).isGreaterThanOrEqualTo(0);
                assertThat(rect.getX() + rect.getWidth()).as(id).isLessThanOrEqualTo(390);
            }
            assertThat(Accessibility.violations(page, "#view-edit")).isEmpty();
            phone.screenshot("edit-phone");

            var submit = page.findElement(By.id("edit-submit"));
            page.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
            submit.click();
            var form = page.findElement(By.id("edit-form"));
            added.add(wait.until(d -> form.getDomAttribute("data-asset-id")));
            assertThat(namesNear(51.4401, -0.1301)).contains(NEW_NAME + " (phone)");
        }
    }

    private JsonNode hoursOf(String id) {
        return editor().data(HOURS, Map.of("id", id)).path("asset").path("openingHours");
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }

    /** Sets an input's value as the browser's own picker would (time and date boxes differ by locale when typed). */
    private void setValue(String id, String value) {
        browser.driver().executeScript("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                arguments[0].dispatchEvent(new Event('change', {bubbles: true}));""",
                browser.driver().findElement(By.id(id)), value);
    }

    private GraphQlHttp editor() {
        return new GraphQlHttp(port).as(Role.EDITOR);
    }

    private WebElement editTab() {
        return browser.driver().findElement(By.cssSelector("#view-tabs a[data-view='edit']"));
    }

    /** Opens the page signed out and waits until it says it is ready. */
    private WebDriverWait openMap(String path) {
        var page = browser.driver();
        page.get("http://127.0.0.1:" + port + "/");
        page.manage().deleteAllCookies();
        page.get("http://127.0.0.1:" + port + path);
        var wait = browser.waitUpTo(Duration.ofSeconds(30));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        return wait;
    }

    private void signIn(String user, String password, WebDriverWait wait) {
        var page = browser.driver();
        page.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-username")));
        page.findElement(By.id("sign-in-username")).sendKeys(user);
        page.findElement(By.id("sign-in-password")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-who")));
    }

    /** Clicks a button once it is scrolled into the middle of the panel (its status line may move it). */
    /** The field's server error shown beside it: the text, marked invalid, described by it and focused. */
    private void assertErrorBeside(String fieldId, String message, WebDriverWait wait) {
        var page = browser.driver();
        var error = page.findElement(By.id(fieldId + "-error"));
        wait.until(d -> !error.getText().isBlank());
        assertThat(error.getText()).contains(message);
        var field = page.findElement(By.id(fieldId));
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).contains(fieldId + "-error");
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo(fieldId);
    }

    private void click(String id) {
        var button = browser.driver().findElement(By.id(id));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    private void type(String id, String text) {
        var input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the first of a few points near the map's centre with no marker, tooltip or control on it. */
    private void clickAnEmptyPartOfTheMap() {
        var page = browser.driver();
        var map = page.findElement(By.id("map"));
        int[][] offsets = {{40, 30}, {-60, 50}, {80, -70}, {-90, -40}, {120, 90}, {-130, 110}, {20, -120}, {150, -20}};
        for (var offset : offsets) {
            var free = (Boolean) page.executeScript("""
                    const box = arguments[0].getBoundingClientRect();
                    const x = box.left + box.width / 2 + arguments[1], y = box.top + box.height / 2 + arguments[2];
                    const hit = document.elementFromPoint(x, y);
                    return hit !== null && arguments[0].contains(hit) && !hit.closest(
                      '.leaflet-marker-icon, .leaflet-tooltip, .leaflet-popup, .leaflet-control');""",
                    map, offset[0], offset[1]);
            if (Boolean.TRUE.equals(free)) {
                new Actions(page).moveToElement(map, offset[0], offset[1]).click().perform();
                return;
            }
        }
        throw new AssertionError("no point of the map without a marker to click");
    }

    private List<String> namesNear(double lat, double lon) {
        return editor().data(NEAR, Map.of("lat", lat, "lon", lon)).path("assets").path("edges")
                .findValuesAsString("name");
    }

    /** The last GraphQL request the page sent whose query contains `operation`. */
    private JsonNode lastSent(String operation) {
        @SuppressWarnings("unchecked")
        var bodies = (List<String>) browser.driver().executeScript("return window.sentBodies");
        return bodies.reversed().stream().map(JSON::readTree)
                .filter(body -> body.path("query").asString("").contains(operation + "("))
                .findFirst().orElseThrow(() -> new AssertionError("the page sent no " + operation));
    }
}
