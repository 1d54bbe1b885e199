package org.lambeth.livingwell.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.StoreFingerprint;

import tools.jackson.databind.JsonNode;

/**
 * Bad input: every bad row is reported with its row, field, value and why, and nothing is written; a file that
 * cannot be read at all is one clear problem; the service keeps answering.
 */
class ImportRefusalsIT extends ImportTest {

    private static final String HEADER = "id,name,categories,latitude,longitude,postcode,email,opening_hours\n";

    @Test
    void everyBadRowIsReportedWithRowFieldValueAndReasonAndNothingIsWritten() {
        var csv = HEADER
                + "ok-1,A good row,library,51.46,-0.11,,,\n"                          // row 2
                + ",No id,library,51.46,-0.11,,,\n"                                    // row 3
                + "bad-lat,Bad latitude,library,NaN,-0.11,,,\n"                        // row 4
                + "far,Out of range,library,95,-0.11,,,\n"                             // row 5
                + "swapped,Swapped,library,-0.11,51.46,,,\n"                           // row 6
                + "cat,Unknown category,no-such-category,51.46,-0.11,,,\n"             // row 7
                + "mail,Bad email,library,51.46,-0.11,,not-an-email,\n"                // row 8
                + "ok-1,Duplicate id,library,51.46,-0.11,,,\n"                         // row 9
                + "pc,Unknown postcode,library,,,ZZ9 9ZZ,,\n"                          // row 10
                + "hours,Bad hours,library,51.46,-0.11,,,Someday: 9 till late\n"       // row 11
                + "nowhere,No location,library,,,,,\n";                                // row 12
        var before = StoreFingerprint.of(driver);
        var report = report(csv.getBytes(StandardCharsets.UTF_8), "CSV", "refusal-test", false);
        assertThat(report.path("landed").asBoolean()).isFalse();
        assertThat(report.path("refused").asInt()).isEqualTo(10);
        assertThat(problems(report)).containsExactly(
                "3|id|null",
                "4|latitude|NaN",
                "5|latitude|95",
                "6|latitude,longitude|-0.11,51.46",
                "7|categories|no-such-category",
                "8|email|not-an-email",
                "9|id|ok-1",
                "10|postcode|ZZ9 9ZZ",
                "11|opening_hours|Someday: 9 till late",
                "12|latitude,longitude|null");
        assertThat(reason(report, 6)).contains("swapped");
        assertThat(reason(report, 9)).contains("also on row 2");
        assertThat(reason(report, 7)).contains("no such category: no-such-category");
        assertThat(ImportIT.actions(report).get(0)).isEqualTo("2:CREATE");
        assertThat(StoreFingerprint.of(driver)).as("nothing written").isEqualTo(before);
        assertThat(importedAssets("refusal-test")).isZero();
    }

    @Test
    void filesThatCannotBeReadAreOneClearProblemEachAndWriteNothing() {
        var before = StoreFingerprint.of(driver);
        var good = "id,name,categories,latitude,longitude\nx-1,Somewhere,library,51.46,-0.11\n";
        assertFileProblem(utf16(good), "CSV", "UTF-16");
        assertFileProblem(concat(good.getBytes(StandardCharsets.UTF_8), new byte[] {'x', ',', (byte) 0xC3, 0x28,
                ',', 'l', '\n'}), "CSV", "not UTF-8");
        assertFileProblem("name,categories\nSomewhere,library\n".getBytes(StandardCharsets.UTF_8), "CSV",
                "lacks the column(s): id; latitude and longitude, or postcode");
        assertFileProblem(new byte[0], "CSV", "empty");
        assertFileProblem((good + "x-2,\"Unclosed quote,library,51.46,-0.11\n").getBytes(StandardCharsets.UTF_8),
                "CSV", "ends inside a quoted value");
        var geojson = new String(resource("assets.geojson"), StandardCharsets.UTF_8);
        assertFileProblem(geojson.substring(0, geojson.length() / 2).getBytes(StandardCharsets.UTF_8), "GEOJSON",
                "truncated");
        assertFileProblem("{\"type\": \"Feature\"}".getBytes(StandardCharsets.UTF_8), "GEOJSON",
                "not a GeoJSON FeatureCollection");
        assertFileProblem("[{\"nope\": 1}".getBytes(StandardCharsets.UTF_8), "OPEN_REFERRAL", "truncated");
        assertThat(StoreFingerprint.of(driver)).isEqualTo(before);
        assertThat(graphql.data("{ assets(first: 1) { totalCount } }").path("assets").path("totalCount").asInt())
                .as("the service still answers").isPositive();
    }

    @Test
    void aByteOrderMarkIsAcceptedAndLandsAsPlainUtf8() {
        var csv = "\uFEFFid,name,categories,latitude,longitude\nbom-1,Café with a BOM,cafe,51.46,-0.11\n";
        var report = report(csv.getBytes(StandardCharsets.UTF_8), "CSV", "bom-test", false);
        assertThat(report.path("landed").asBoolean()).as(report.toString()).isTrue();
        assertThat(importedAssets("bom-test")).isOne();
    }

    @Test
    void geometriesThatAreNotPointsOrNotValidAreRefusedByFeature() {
        var geojson = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[-0.11, 51.46], [-0.10, 51.46],
                     [-0.11, 51.47], [-0.10, 51.47], [-0.11, 51.46]]]}, "properties": {"id": "bow", "name": "Bow tie",
                     "categories": "library"}},
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[-0.11, 51.46], [-0.10, 51.46],
                     [-0.10, 51.47], [-0.11, 51.46]]]}, "properties": {"id": "tri", "name": "Triangle",
                     "categories": "library"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-0.11, 51.46]},
                   "properties": {"id": "obj", "name": {"en": "Not text"}, "categories": "library"}}
                ]}""";
        var before = StoreFingerprint.of(driver);
        var report = report(geojson.getBytes(StandardCharsets.UTF_8), "GEOJSON", "geometry-test", false);
        assertThat(problems(report)).contains("1|geometry|Polygon", "2|geometry|Polygon", "3|name|{\"en\":\"Not text\"}");
        assertThat(reason(report, 1)).contains("invalid geometry").contains("Self-intersection");
        assertThat(reason(report, 2)).contains("only Point geometries");
        assertThat(StoreFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void openReferralServicesThatBreakTheSchemaAreRefused() {
        var services = "[{\"id\": \"s-1\", \"description\": \"no name and no status\"}]";
        var report = report(services.getBytes(StandardCharsets.UTF_8), "OPEN_REFERRAL", "oruk-bad", false);
        assertThat(report.path("landed").asBoolean()).isFalse();
        assertThat(report.path("problems").toString()).contains("ORUK v3 service schema").contains("name");
        assertThat(importedAssets("oruk-bad")).isZero();
    }

    @Test
    void uploadsNeedAnEditorAndAnOversizedOneIsRefusedWhileItStreams() throws IOException, InterruptedException {
        assertThat(upload(new byte[10], null).statusCode()).isEqualTo(401);
        assertThat(upload(new byte[10], GraphQlHttp.login(port, new String[] {"lead", "lead-test-password"}))
                .statusCode()).isEqualTo(403);
        var overLimit = upload(new byte[3 * 1024 * 1024], editorCookie());
        assertThat(overLimit.statusCode()).isEqualTo(413);
        assertThat(overLimit.body()).contains("maxUploadSize");
        assertThat(twoGigabyteUploadStatusLine()).contains("413");
        var asForm = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/api/imports/uploads")).header("Cookie", editorCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("id,name\n1,a%zz\n")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(asForm.statusCode()).as("a file sent as a form would be parsed as form fields").isEqualTo(415);
        assertThat(asForm.body()).contains("Send the file itself as the request body");
        assertThat(graphql.data("{ assets(first: 1) { totalCount } }").path("assets").path("totalCount").asInt())
                .as("the service still answers").isPositive();
    }

    /** A 2 GB upload, announced as such: refused before the service reads it. */
    private String twoGigabyteUploadStatusLine() throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/imports/uploads HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + editorCookie()
                    + "\r\nContent-Type: text/csv\r\nContent-Length: 2147483648\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            return statusLine(socket.getInputStream());
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private void assertFileProblem(byte[] file, String format, String expected) {
        var report = report(file, format, "unreadable-test", false);
        assertThat(report.path("landed").asBoolean()).isFalse();
        assertThat(report.path("problemCount").asInt()).as(report.toString()).isOne();
        assertThat(report.path("problems").get(0).path("reason").asString()).as(format).contains(expected);
    }

    private static List<String> problems(JsonNode report) {
        var problems = new ArrayList<String>();
        report.path("problems").forEach(p -> problems.add(p.path("row").asInt() + "|" + p.path("field").asString(
                "null") + "|" + (p.path("value").isNull() ? "null" : p.path("value").asString())));
        return problems;
    }

    private static String reason(JsonNode report, int row) {
        for (var problem : report.path("problems")) {
            if (problem.path("row").asInt() == row) {
                return problem.path("reason").asString();
            }
        }
        return "";
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian byte-order mark first
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
