package org.lambeth.livingwell.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.support.CypherRoundTrips;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Open Referral UK feed over HTTP against the seeded graph: every response checked against the profile's
 * vendored JSON schemas, the paging envelope against counts taken from the database, the filters and proximity
 * search against the data, errors as JSON, NETWORK assets and people never in it, CORS open.
 */
class OpenReferralFeedIT extends GraphQlServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADD = "mutation($input: AddAssetInput!) { addAsset(input: $input) { asset { id } } }";
    private static final String RETIRE = "mutation($input: RetireAssetInput!) { retireAsset(input: $input) { "
            + "__typename } }";

    @Autowired
    Driver driver;
    @Autowired
    CypherCatalogue cypher;

    private final List<String> added = new ArrayList<>();

    @AfterEach
    void retireAdded() {
        for (var id : added) {
            graphql.as(Role.EDITOR).post(RETIRE, Map.of("input", Map.of("id", id, "reason", "test clean-up")));
        }
    }

    @Test
    void theRootSaysWhichProfileItFollows() {
        for (var path : List.of("/openreferral", "/openreferral/")) {
            var body = ok(path);
            assertThat(OrukSchemas.errors(OrukSchemas.response("/"), body)).isEmpty();
            assertThat(body.path("version").asString()).isEqualTo("3.0");
            assertThat(body.path("openapi_url").asString()).endsWith("/openapi.json");
        }
    }

    @Test
    void servicesArePagedOverEveryPublicAssetAndEachPageConforms() {
        long expected = count("MATCH (a:Asset) WHERE a.visibility = 'PUBLIC' RETURN count(a)");
        assertThat(expected).isGreaterThan(100);
        var first = ok("/openreferral/services?per_page=7");
        assertThat(OrukSchemas.errors(OrukSchemas.response("/services"), first)).isEmpty();
        assertThat(first.path("total_items").asLong()).isEqualTo(expected);
        long pages = (expected + 6) / 7;
        assertThat(first.path("total_pages").asLong()).isEqualTo(pages);
        assertThat(first.path("page_number").asInt()).isEqualTo(1);
        assertThat(first.path("size").asInt()).isEqualTo(7);
        assertThat(first.path("first_page").asBoolean()).isTrue();
        assertThat(first.path("last_page").asBoolean()).isFalse();
        assertThat(first.path("empty").asBoolean()).isFalse();
        var last = ok("/openreferral/services?per_page=7&page=" + pages);
        assertThat(last.path("size").asLong()).isEqualTo(expected - 7 * (pages - 1));
        assertThat(last.path("last_page").asBoolean()).isTrue();
        assertThat(ok("/openreferral/services?per_page=7&page=" + (pages + 1)).path("empty").asBoolean()).isTrue();

        var ids = new HashSet<String>();
        for (int page = 1; ; page++) {
            var body = ok("/openreferral/services?per_page=500&page=" + page);
            assertThat(OrukSchemas.errors(OrukSchemas.response("/services"), body)).isEmpty();
            body.path("contents").forEach(s -> ids.add(s.path("id").asString()));
            if (body.path("last_page").asBoolean()) {
                break;
            }
        }
        assertThat(ids).hasSize((int) expected);
    }

    @Test
    void aServiceIsFullyNestedAndConforms() {
        var withHours = rows("MATCH (a:Asset) WHERE a.visibility = 'PUBLIC' AND a.weeklyOpen IS NOT NULL"
                + " AND size(a.weeklyOpen) > 0 RETURN a.id AS id ORDER BY a.id LIMIT 3").stream().map(r -> r.get("id").asString()).toList();
        var accessible = rows("MATCH (a:Asset) WHERE a.visibility = 'PUBLIC'"
                + " AND size(coalesce(a.accessibility, [])) > 0 RETURN a.id AS id LIMIT 2").stream().map(r -> r.get("id").asString()).toList();
        assertThat(withHours).isNotEmpty();
        var listed = ok("/openreferral/services?per_page=20").path("contents");
        var serviceIds = new ArrayList<String>();
        listed.forEach(s -> serviceIds.add(s.path("id").asString()));
        withHours.forEach(id -> serviceIds.add(OpenReferralIds.service(id).toString()));
        accessible.forEach(id -> serviceIds.add(OpenReferralIds.service(id).toString()));
        for (var id : serviceIds) {
            var service = ok("/openreferral/services/" + id);
            assertThat(OrukSchemas.errors(OrukSchemas.SERVICE, service)).as(id).isEmpty();
            assertThat(service.path("id").asString()).isEqualTo(id);
            assertThat(service.path("service_at_locations").size()).isEqualTo(1);
            assertThat(service.path("attributes").size()).as("every asset has a category").isPositive();
        }
        var hours = ok("/openreferral/services/" + OpenReferralIds.service(withHours.getFirst()));
        assertThat(hours.path("schedules").size()).isPositive();
        hours.path("schedules").forEach(s -> assertThat(s.path("service_id").asString())
                .isEqualTo(hours.path("id").asString()));
        if (!accessible.isEmpty()) {
            var location = ok("/openreferral/services/" + OpenReferralIds.service(accessible.getFirst()))
                    .path("service_at_locations").get(0).path("location");
            assertThat(location.path("accessibility").size()).isPositive();
        }
    }

    @Test
    void serviceAtLocationsNearAPostcodeAreWithinTheDistanceNearestFirst() {
        var centre = rows("MATCH (a:Asset) WHERE a.visibility = 'PUBLIC' AND a.postcode IS NOT NULL"
                + " MATCH (p:Postcode {id: replace(toUpper(a.postcode), ' ', '')}) RETURN a.postcode AS postcode,"
                + " p.location.latitude AS lat, p.location.longitude AS lon ORDER BY a.id LIMIT 1").getFirst();
        var postcode = centre.get("postcode").asString();
        double lat = centre.get("lat").asDouble();
        double lon = centre.get("lon").asDouble();
        long expected = count("MATCH (a:Asset) WHERE a.visibility = 'PUBLIC' AND point.distance(a.location, "
                + "point({latitude: $lat, longitude: $lon})) <= 1000 RETURN count(a)", Map.of("lat", lat, "lon", lon));
        assertThat(expected).isPositive();
        var query = "/openreferral/service_at_locations?postcode=" + encode(postcode) + "&proximity=1000";
        CypherRoundTrips.reset();
        var all = ok(query + "&per_page=500");
        assertThat(CypherRoundTrips.count()).as("postcode lookup and one page").isLessThanOrEqualTo(2);
        assertThat(OrukSchemas.errors(OrukSchemas.response("/service_at_locations"), all)).isEmpty();
        assertThat(all.path("total_items").asLong()).isEqualTo(expected);
        double previous = 0;
        for (var item : all.path("contents")) {
            var location = item.path("location");
            double metres = haversineMetres(lat, lon, location.path("latitude").asDouble(),
                    location.path("longitude").asDouble());
            assertThat(metres).isLessThanOrEqualTo(1000.5);
            assertThat(metres).isGreaterThanOrEqualTo(previous - 0.5);
            previous = metres;
            assertThat(item.path("service").path("id").asString()).isEqualTo(item.path("service_id").asString());
        }
        var second = ok(query + "&per_page=2&page=2");
        assertThat(OrukSchemas.errors(OrukSchemas.response("/service_at_locations"), second)).isEmpty();
        if (expected > 2) {
            assertThat(second.path("contents").get(0).path("id").asString())
                    .isEqualTo(all.path("contents").get(2).path("id").asString());
        }
        var everywhere = ok("/openreferral/service_at_locations?per_page=3");
        assertThat(OrukSchemas.errors(OrukSchemas.response("/service_at_locations"), everywhere)).isEmpty();
        assertThat(everywhere.path("total_items").asLong())
                .isEqualTo(count("MATCH (a:Asset) WHERE a.visibility = 'PUBLIC' RETURN count(a)"));
    }

    @Test
    void theNearStatementSeeksThePointIndex() {
        try (var session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + cypher.get("openreferral/list_services_near")).consume().plan();
            assertThat(operators(plan)).anyMatch(op -> op.contains("NodeIndexSeek")
                    && op.contains("POINT INDEX a:Asset(location)"));
        }
    }

    @Test
    void searchAndTaxonomyTermFilterServices() {
        var found = ok("/openreferral/services?search=library&per_page=500");
        assertThat(OrukSchemas.errors(OrukSchemas.response("/services"), found)).isEmpty();
        assertThat(found.path("total_items").asLong()).isPositive();
        found.path("contents").forEach(s -> assertThat((s.path("name").asString() + " "
                + s.path("description").asString()).toLowerCase()).contains("librar"));
        assertThat(ok("/openreferral/services?text=library").path("total_items").asLong())
                .isEqualTo(found.path("total_items").asLong());

        var library = OpenReferralIds.taxonomyTerm("library").toString();
        long libraries = count("MATCH (a:Asset) WHERE a.visibility = 'PUBLIC' AND EXISTS { (a)-[:IN_CATEGORY]->"
                + "(:Category)-[:BROADER*0..]->(:Category {id: 'library'}) } RETURN count(a)");
        assertThat(libraries).isPositive();
        var byTerm = ok("/openreferral/services?per_page=500&taxonomy_term_id=" + library);
        assertThat(OrukSchemas.errors(OrukSchemas.response("/services"), byTerm)).isEmpty();
        assertThat(byTerm.path("total_items").asLong()).isEqualTo(libraries);
        var one = ok("/openreferral/services/" + byTerm.path("contents").get(0).path("id").asString());
        assertThat(one.path("attributes").findValuesAsString("taxonomy_term_id")).contains(library);
        assertThat(ok("/openreferral/services?taxonomy_term_id=" + OpenReferralIds.taxonomyTerm("learning"))
                .path("total_items").asLong()).isGreaterThanOrEqualTo(libraries);
        assertThat(ok("/openreferral/service_at_locations?taxonomy_term_id=" + library).path("total_items").asLong())
                .isEqualTo(libraries);
        assertThat(ok("/openreferral/services?taxonomy_term_id=" + UUID.randomUUID()).path("empty").asBoolean())
                .isTrue();
        assertThat(ok("/openreferral/services?taxonomy_id=" + OpenReferralIds.TAXONOMY).path("total_items").asLong())
                .isEqualTo(count("MATCH (a:Asset) WHERE a.visibility = 'PUBLIC' RETURN count(a)"));
    }

    @Test
    void taxonomiesAndTermsConform() {
        var taxonomies = ok("/openreferral/taxonomies");
        assertThat(OrukSchemas.errors(OrukSchemas.response("/taxonomies"), taxonomies)).isEmpty();
        assertThat(taxonomies.path("total_items").asInt()).isEqualTo(1);
        var taxonomy = ok("/openreferral/taxonomies/" + OpenReferralIds.TAXONOMY);
        assertThat(OrukSchemas.errors(OrukSchemas.TAXONOMY, taxonomy)).isEmpty();

        long categories = count("MATCH (c:Category) RETURN count(c)");
        var terms = ok("/openreferral/taxonomy_terms?per_page=500");
        assertThat(OrukSchemas.errors(OrukSchemas.response("/taxonomy_terms"), terms)).isEmpty();
        assertThat(terms.path("total_items").asLong()).isEqualTo(categories);
        var termIds = new HashSet<String>(terms.path("contents").findValuesAsString("id"));
        assertThat(termIds).hasSize((int) categories);
        assertThat(termIds).containsAll(terms.path("contents").findValuesAsString("parent_id"));
        var library = ok("/openreferral/taxonomy_terms/" + OpenReferralIds.taxonomyTerm("library"));
        assertThat(OrukSchemas.errors(OrukSchemas.TAXONOMY_TERM, library)).isEmpty();
        assertThat(library.path("parent_id").asString()).isEqualTo(OpenReferralIds.taxonomyTerm("learning").toString());
        var paged = ok("/openreferral/taxonomy_terms?per_page=5&page=2");
        assertThat(OrukSchemas.errors(OrukSchemas.response("/taxonomy_terms"), paged)).isEmpty();
        assertThat(paged.path("page_number").asInt()).isEqualTo(2);
    }

    @Test
    void organizationsRunningPublicAssetsConform() {
        long expected = count("MATCH (o:Organisation) WHERE EXISTS { (o)-[:RUNS]->(a:Asset) WHERE a.visibility = "
                + "'PUBLIC' } RETURN count(o)");
        var page = ok("/openreferral/organizations?per_page=500");
        assertThat(OrukSchemas.errors(OrukSchemas.PAGE, page)).isEmpty();
        assertThat(page.path("total_items").asLong()).isEqualTo(expected);
        assertThat(page.path("contents").size()).isEqualTo((int) Math.min(500, expected));
        for (var organization : page.path("contents")) {
            assertThat(OrukSchemas.errors(OrukSchemas.ORGANIZATION, organization)).isEmpty();
        }
        if (expected > 0) {
            var id = page.path("contents").get(0).path("id").asString();
            var one = ok("/openreferral/organizations/" + id);
            assertThat(OrukSchemas.errors(OrukSchemas.ORGANIZATION, one)).isEmpty();
            assertThat(one.path("id").asString()).isEqualTo(id);
        }
    }

    @Test
    void unknownIdsAre404Json() {
        for (var path : List.of("/openreferral/services/" + UUID.randomUUID(), "/openreferral/services/not-a-uuid",
                "/openreferral/taxonomies/" + UUID.randomUUID(), "/openreferral/taxonomy_terms/" + UUID.randomUUID(),
                "/openreferral/organizations/" + UUID.randomUUID())) {
            var response = get(path, Map.of());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            var body = JSON.readTree(response.body());
            assertThat(body.path("status").asInt()).isEqualTo(404);
            assertThat(path).endsWith(body.path("id").asString());
        }
    }

    @Test
    void badParametersAre400JsonNamingTheParameterAndValue() {
        var cases = new String[][] {
            {"/openreferral/services?page=0", "page", "0"},
            {"/openreferral/services?page=abc", "page", "abc"},
            {"/openreferral/services?per_page=501", "per_page", "501"},
            {"/openreferral/services?per_page=0", "per_page", "0"},
            {"/openreferral/organizations?per_page=x", "per_page", "x"},
            {"/openreferral/taxonomy_terms?page=-2", "page", "-2"},
            {"/openreferral/services?taxonomy_term_id=library", "taxonomy_term_id", "library"},
            {"/openreferral/services?minimum_age=5", "minimum_age", "5"},
            {"/openreferral/services?search=%2A%3F", "search", "*?"},
            {"/openreferral/services?postcode=SW2+1JQ", "postcode", "SW2 1JQ"},
            {"/openreferral/service_at_locations?postcode=SW2+1JQ&proximity=abc", "proximity", "abc"},
            {"/openreferral/service_at_locations?postcode=SW2+1JQ&proximity=-5", "proximity", "-5"},
            {"/openreferral/service_at_locations?postcode=SW2+1JQ&proximity=1e9", "proximity", "1e9"},
            {"/openreferral/service_at_locations?proximity=1000", "proximity", "1000"},
            {"/openreferral/service_at_locations?postcode=NOT+A+POSTCODE", "postcode", "NOT A POSTCODE"},
            {"/openreferral/service_at_locations?postcode=ZZ9+9ZZ&proximity=100", "postcode", "ZZ9 9ZZ"}};
        for (var c : cases) {
            var response = get(c[0], Map.of());
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            var body = JSON.readTree(response.body());
            assertThat(body.path("parameter").asString()).as(c[0]).isEqualTo(c[1]);
            assertThat(body.path("value").asString()).as(c[0]).isEqualTo(c[2]);
            assertThat(body.path("message").asString()).as(c[0]).startsWith(c[1] + ": ");
        }
    }

    @Test
    void aNetworkAssetNeverAppearsButAPublicOneDoes() {
        var postcode = rows("MATCH (p:Postcode) WHERE p.inLambeth RETURN p.id AS id ORDER BY p.id LIMIT 1")
                .getFirst().get("id").asString();
        var word = "Zqxorukfeed";
        var network = add(word + " network", "NETWORK", postcode);
        var open = add(word + " public", "PUBLIC", postcode);
        long publicAssets = count("MATCH (a:Asset) WHERE a.visibility = 'PUBLIC' RETURN count(a)");
        var found = ok("/openreferral/services?search=" + word);
        assertThat(found.path("contents").findValuesAsString("id"))
                .containsExactly(OpenReferralIds.service(open).toString());
        assertThat(ok("/openreferral/services?per_page=1").path("total_items").asLong()).isEqualTo(publicAssets);
        var near = ok("/openreferral/service_at_locations?per_page=500&proximity=200&postcode=" + encode(postcode));
        assertThat(near.path("contents").findValuesAsString("service_id"))
                .contains(OpenReferralIds.service(open).toString())
                .doesNotContain(OpenReferralIds.service(network).toString());
        assertThat(get("/openreferral/services/" + OpenReferralIds.service(network), Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(ok("/openreferral/services/" + OpenReferralIds.service(open)).path("name").asString())
                .isEqualTo(word + " public");
        for (var body : List.of(found, near)) {
            assertThat(body.toString()).doesNotContain(network).doesNotContain(word + " network");
        }
    }

    @Test
    void noPersonDataAppearsAnywhere() {
        var people = rows("MATCH (p:Person) RETURN p.id AS id, p.displayName AS name, p.email AS email,"
                + " p.phone AS phone ORDER BY p.email IS NULL, p.id LIMIT 30").stream().map(Record::asMap).toList();
        assertThat(people).hasSizeGreaterThanOrEqualTo(10);
        var viaGraphQl = graphql.as(Role.PEER_SUPPORTER).data("{ people(first: 5) { edges { node { id displayName } } } }");
        var needles = new HashSet<String>();
        viaGraphQl.path("people").path("edges").forEach(e -> {
            needles.add(e.path("node").path("id").asString());
            needles.add(e.path("node").path("displayName").asString());
        });
        for (var person : people) {
            person.values().stream().filter(v -> v instanceof String s && s.length() >= 5).map(String.class::cast)
                    .forEach(needles::add);
        }
        var bodies = new ArrayList<String>();
        bodies.add(ok("/openreferral/").toString());
        for (int page = 1; ; page++) {
            var body = ok("/openreferral/services?per_page=500&page=" + page);
            bodies.add(body.toString());
            if (body.path("last_page").asBoolean()) {
                break;
            }
        }
        bodies.add(ok("/openreferral/service_at_locations?per_page=500").toString());
        bodies.add(ok("/openreferral/organizations?per_page=500").toString());
        bodies.add(ok("/openreferral/taxonomies/" + OpenReferralIds.TAXONOMY).toString());
        for (var service : ok("/openreferral/services?per_page=25").path("contents")) {
            bodies.add(ok("/openreferral/services/" + service.path("id").asString()).toString());
        }
        var all = String.join("\n", bodies);
        assertThat(all).doesNotContain("demo-person");
        for (var needle : needles) {
            assertThat(all).as("person data in the feed").doesNotContain(needle);
        }
    }

    @Test
    void aCrossOriginGetIsAllowed() {
        var response = get("/openreferral/services?per_page=1", Map.of("Origin", "https://partner.example.org"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    private String add(String name, String visibility, String postcode) {
        var input = new HashMap<String, Object>();
        input.put("name", name);
        input.put("categories", List.of("food-growing"));
        input.put("location", Map.of("postcode", postcode));
        input.put("visibility", visibility);
        var id = graphql.as(Role.EDITOR).data(ADD, Map.of("input", input)).path("addAsset").path("asset").path("id")
                .asString();
        added.add(id);
        return id;
    }

    private JsonNode ok(String path) {
        var response = get(path, Map.of());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private List<Record> rows(String statement) {
        try (var session = driver.session()) {
            return session.run(statement).list();
        }
    }

    private long count(String statement) {
        return count(statement, Map.of());
    }

    private long count(String statement, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(statement, parameters).single().get(0).asLong();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Great-circle distance on Neo4j's WGS-84 sphere (radius 6,378,140 m), as point.distance measures it. */
    private static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6_378_140 * Math.asin(Math.sqrt(a));
    }

    private static List<String> operators(Plan plan) {
        var names = new ArrayList<String>();
        names.add(plan.operatorType() + " " + plan.arguments());
        plan.children().forEach(child -> names.addAll(operators(child)));
        return names;
    }
}
