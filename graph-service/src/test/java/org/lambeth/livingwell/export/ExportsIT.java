package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports against the real seeds, parsed back with the libraries partners' tools use, and compared with what the
 * database holds at test time (other test classes share the context and add assets).
 */
class ExportsIT extends GraphQlServiceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Map<String, String> COOKIES = new ConcurrentHashMap<>();
    private static final List<String> PUBLIC_ONLY = List.of("PUBLIC");
    private static final List<String> ALL = List.of("PUBLIC", "NETWORK");
    private static final String ADD = "mutation($input: AddAssetInput!) { addAsset(input: $input) { asset { id } } }";
    private static final String RETIRE = "mutation($input: RetireAssetInput!) { retireAsset(input: $input) { id } }";

    @Autowired
    Driver driver;

    private final List<String> added = new ArrayList<>();

    @AfterEach
    void retireWhatWasAdded() {
        for (var id : added) {
            graphql.as(Role.EDITOR).data(RETIRE, Map.of("input", Map.of("id", id, "reason", "test clean-up")));
        }
        added.clear();
    }

    @Test
    void assetsGeoJsonHoldsTheAssetsEachRoleMaySeeAtTheirPlaces() throws Exception {
        var network = addAsset("Peer group meeting room (exports test)", "NETWORK");
        for (var role : List.of(Role.PUBLIC, Role.PEER_SUPPORTER)) {
            var response = get("/api/exports/assets.geojson", role);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
            assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                    .isEqualTo("attachment; filename=\"assets.geojson\"");
            assertThat(response.headers().firstValue("Content-Length")).as("streamed, not buffered whole").isEmpty();
            var features = JSON.readTree(response.body()).path("features");
            var visible = role == Role.PUBLIC ? PUBLIC_ONLY : ALL;
            assertThat((long) features.size()).isEqualTo(count(
                    "MATCH (a:Asset) WHERE a.visibility IN $v RETURN count(a)", Map.of("v", visible)));
            var ids = new HashSet<String>();
            features.forEach(f -> ids.add(f.path("properties").path("id").asString()));
            assertThat(ids).hasSize(features.size());
            if (role == Role.PUBLIC) {
                assertThat(ids).doesNotContain(network);
            } else {
                assertThat(ids).contains(network);
            }
            checkCoordinates(features);
        }
        var hub = feature(JSON.readTree(get("/api/exports/assets.geojson", Role.PUBLIC).body()), "lwn-asset-lwn-hub");
        assertThat(hub.path("runBy").findValuesAsString("id")).contains("org-lwn-hub");
        assertThat(hub.path("categories").findValuesAsString("id")).contains("mental-health-service");
        assertThat(hub.path("localityIds").size()).isGreaterThan(0);
    }

    private void checkCoordinates(JsonNode features) throws Exception {
        var sample = new HashMap<String, Point>();
        var reader = new GeoJsonReader();
        for (int i = 0; i < features.size(); i += Math.max(1, features.size() / 25)) {
            var feature = features.get(i);
            sample.put(feature.path("properties").path("id").asString(),
                    (Point) reader.read(JSON.writeValueAsString(feature.path("geometry"))));
        }
        try (var session = driver.session()) {
            session.run("MATCH (a:Asset) WHERE a.id IN $ids RETURN a.id AS id, a.location AS location",
                    Map.of("ids", List.copyOf(sample.keySet()))).forEachRemaining(row -> {
                        var point = sample.get(row.get("id").asString());
                        var location = row.get("location").asPoint();
                        assertThat(point.getX()).as("longitude first").isEqualTo(location.x());
                        assertThat(point.getY()).isEqualTo(location.y());
                        sample.remove(row.get("id").asString());
                    });
        }
        assertThat(sample).isEmpty();
    }

    @Test
    void assetsCsvHasTheSameRowsWithFormulasKeptAsText() throws Exception {
        var network = addAsset("Peer café back room (exports test)", "NETWORK");
        var formula = addAsset("=HYPERLINK(\"http://example.org\",\"exports test\")", "PUBLIC");
        for (var role : List.of(Role.PUBLIC, Role.PEER_SUPPORTER)) {
            var response = get("/api/exports/assets.csv", role);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
                    .contains("assets.csv");
            var parser = CSV.parse(new StringReader(response.body()));
            assertThat(parser.getHeaderNames()).isEqualTo(AssetCsvWriter.COLUMNS);
            var rows = new HashMap<String, CSVRecord>();
            parser.forEach(row -> rows.put(row.get("id"), row));
            var visible = role == Role.PUBLIC ? PUBLIC_ONLY : ALL;
            assertThat((long) rows.size()).isEqualTo(count(
                    "MATCH (a:Asset) WHERE a.visibility IN $v RETURN count(a)", Map.of("v", visible)));
            assertThat(rows.containsKey(network)).isEqualTo(role != Role.PUBLIC);
            assertThat(rows.get(formula).get("name"))
                    .isEqualTo("'=HYPERLINK(\"http://example.org\",\"exports test\")");
            var hub = rows.get("lwn-asset-lwn-hub");
            assertThat(hub.get("runByIds").split(";")).contains("org-lwn-hub");
            try (var session = driver.session()) {
                var location = session.run("MATCH (a:Asset {id: $id}) RETURN a.location AS l",
                        Map.of("id", formula)).single().get("l").asPoint();
                assertThat(Double.parseDouble(rows.get(formula).get("latitude"))).isEqualTo(location.y());
                assertThat(Double.parseDouble(rows.get(formula).get("longitude"))).isEqualTo(location.x());
            }
        }
    }

    @Test
    void aCategoryNarrowsTheAssetsAndAnUnknownOneIsRefused() throws Exception {
        var libraries = JSON.readTree(get("/api/exports/assets.geojson?category=library", Role.PUBLIC).body())
                .path("features");
        assertThat((long) libraries.size()).isPositive().isEqualTo(count("""
                MATCH (a:Asset) WHERE a.visibility = 'PUBLIC'
                  AND EXISTS { (a)-[:IN_CATEGORY]->(:Category)-[:BROADER*0..]->(:Category {id: 'library'}) }
                RETURN count(a)""", Map.of()));
        var csv = CSV.parse(new StringReader(get("/api/exports/assets.csv?category=library", Role.PUBLIC).body()))
                .getRecords();
        assertThat(csv).hasSize(libraries.size());
        for (var path : List.of("/api/exports/assets.geojson", "/api/exports/assets.csv")) {
            var refused = get(path + "?category=no-such-thing", Role.PUBLIC);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).startsWith("category:").contains("no-such-thing");
            assertThat(refused.headers().firstValue("Content-Disposition")).isEmpty();
            assertThat(get(path + "?category=", Role.PUBLIC).statusCode()).isEqualTo(400);
        }
    }

    @Test
    void localitiesGeoJsonHoldsEveryLocalityWithAValidBoundary() throws Exception {
        var response = get("/api/exports/localities.geojson", Role.PUBLIC);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("localities.geojson");
        var features = JSON.readTree(response.body()).path("features");
        assertThat((long) features.size()).isEqualTo(count("MATCH (l:Locality) RETURN count(l)", Map.of()));
        var kinds = new HashMap<String, Integer>();
        var reader = new GeoJsonReader();
        for (var feature : features) {
            Geometry boundary = reader.read(JSON.writeValueAsString(feature.path("geometry")));
            assertThat(boundary).isInstanceOfAny(Polygon.class, MultiPolygon.class);
            assertThat(boundary.isValid()).as(feature.path("id").asString()).isTrue();
            kinds.merge(feature.path("properties").path("kind").asString(), 1, Integer::sum);
        }
        assertThat(kinds).containsEntry("BOROUGH", 1).containsEntry("HALF", 2).containsKeys("THIRD", "WARD", "LSOA");
        var brixton = feature(JSON.readTree(response.body()), "E05014098");
        assertThat(brixton.path("name").asString()).isEqualTo("Brixton Windrush");
        var parents = new ArrayList<String>();
        brixton.path("parentIds").forEach(p -> parents.add(p.asString()));
        assertThat(parents).contains("half-north");
    }

    @Test
    void theKumuBlueprintHoldsTheNetworkEachRoleMaySee() throws Exception {
        for (var role : List.of(Role.PUBLIC, Role.PEER_SUPPORTER, Role.LEAD)) {
            var response = get("/api/exports/network.kumu.json", role);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("network.kumu.json");
            var blueprint = JSON.readTree(response.body());
            var ids = new HashSet<String>();
            var types = new HashMap<String, Long>();
            var people = new HashSet<String>();
            for (var element : blueprint.path("elements")) {
                ids.add(element.path("id").asString());
                types.merge(element.path("type").asString(), 1L, Long::sum);
                if (element.path("type").asString().equals("Person")) {
                    people.add(element.path("label").asString());
                    assertThat(element.path("half").asString()).isIn("North Lambeth", "South Lambeth");
                }
            }
            assertThat(ids).hasSize(blueprint.path("elements").size());
            var expected = expectedNetwork(role);
            assertThat(types).isEqualTo(expected.elements());
            assertThat(people).hasSize(expected.elements().getOrDefault("Person", 0L).intValue());
            for (int n = 1; n <= people.size(); n++) {
                assertThat(people).contains("Person " + n);
            }
            var connections = blueprint.path("connections");
            assertThat((long) connections.size()).isEqualTo(expected.connections());
            var connectionTypes = new HashSet<String>();
            for (var connection : connections) {
                assertThat(ids).contains(connection.path("from").asString(), connection.path("to").asString());
                connectionTypes.add(connection.path("type").asString());
            }
            assertThat(connectionTypes).contains("collaboration", "coordination", "contract", "runs", "member of");
            if (role != Role.PUBLIC) {
                assertThat(connectionTypes).contains("knows", "introduced");
            }
        }
    }

    @Test
    void theGraphMlHoldsTheSameNetworkWithDeclaredAttributes() throws Exception {
        for (var role : List.of(Role.PUBLIC, Role.PEER_SUPPORTER)) {
            var response = get("/api/exports/network.graphml", role);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("network.graphml");
            assertThat(response.body()).contains("attr.name=\"half\"").contains("attr.name=\"kind\"");
            var graph = new DirectedPseudograph<String, DefaultEdge>(null, DefaultEdge::new, false);
            var importer = new GraphMLImporter<String, DefaultEdge>();
            importer.setVertexFactory(id -> id);
            var nodes = new HashMap<String, Map<String, Attribute>>();
            importer.addVertexAttributeConsumer((node, attribute) -> nodes
                    .computeIfAbsent(node.getFirst(), id -> new HashMap<>()).put(node.getSecond(), attribute));
            importer.importGraph(graph, new StringReader(response.body()));
            var types = new HashMap<String, Long>();
            nodes.values().forEach(a -> types.merge(a.get("type").getValue(), 1L, Long::sum));
            var expected = expectedNetwork(role);
            assertThat(types).isEqualTo(expected.elements());
            assertThat((long) graph.vertexSet().size()).isEqualTo(nodes.size());
            assertThat((long) graph.edgeSet().size()).isEqualTo(expected.connections());
            assertThat(nodes.get("organisation:org-lwn-hub").get("label").getValue())
                    .isEqualTo("Living Well Network Hub");
        }
    }

    @Test
    void noExportNamesAPersonOrGivesTheirContactsOrId() throws Exception {
        var values = new ArrayList<String>();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (p:Person) WITH p ORDER BY p.email IS NULL, p.id LIMIT 12
                    RETURN p.id AS id, p.displayName AS name, p.email AS email, p.phone AS phone""")
                    .forEachRemaining(row -> {
                        for (var key : List.of("id", "name", "email", "phone")) {
                            if (!row.get(key).isNull()) {
                                values.add(row.get(key).asString());
                            }
                        }
                    });
        }
        assertThat(values).hasSizeGreaterThan(30);
        for (var path : List.of("/api/exports/assets.geojson", "/api/exports/assets.csv",
                "/api/exports/localities.geojson", "/api/exports/network.kumu.json", "/api/exports/network.graphml")) {
            for (var role : List.of(Role.PEER_SUPPORTER, Role.ADMIN)) {
                var body = get(path, role).body();
                assertThat(body).as(path).doesNotContain("demo-person-");
                for (var value : values) {
                    assertThat(body.contains(value)).as(path + " as " + role + " holds a person's value").isFalse();
                }
            }
        }
    }

    /** What the database holds: elements by type, and ties, that a role's network export should show. */
    private Expected expectedNetwork(Role role) {
        var visible = role == Role.PUBLIC ? PUBLIC_ONLY : ALL;
        var people = role != Role.PUBLIC;
        var parameters = Map.<String, Object>of("v", visible);
        var elements = new HashMap<String, Long>();
        elements.put("Organisation", count("MATCH (o:Organisation) RETURN count(o)", Map.of()));
        elements.put("Asset", count(people ? """
                MATCH (a:Asset) WHERE a.visibility IN $v
                  AND (EXISTS { (:Organisation)-[:RUNS]->(a) } OR EXISTS { (:Person)-[:INTRODUCED]->(a) })
                RETURN count(a)""" : """
                MATCH (a:Asset) WHERE a.visibility IN $v AND EXISTS { (:Organisation)-[:RUNS]->(a) }
                RETURN count(a)""", parameters));
        long ties = count("MATCH (:Organisation)-[r:WORKS_WITH|MEMBER_OF|RUNS]->(:Organisation) RETURN count(r)",
                Map.of())
                + count("MATCH (:Organisation)-[r:RUNS]->(a:Asset) WHERE a.visibility IN $v RETURN count(r)",
                        parameters);
        if (people) {
            elements.put("Person", count("MATCH (p:Person) RETURN count(p)", Map.of()));
            ties += count("MATCH (:Person)-[r:KNOWS]->(:Person) RETURN count(r)", Map.of())
                    + count("MATCH (:Person)-[r:MEMBER_OF|INTRODUCED]->(:Organisation) RETURN count(r)", Map.of())
                    + count("MATCH (:Person)-[r:INTRODUCED]->(a:Asset) WHERE a.visibility IN $v RETURN count(r)",
                            parameters);
        }
        return new Expected(elements, ties);
    }

    private record Expected(Map<String, Long> elements, long connections) {
    }

    private String addAsset(String name, String visibility) {
        var input = new HashMap<String, Object>();
        input.put("name", name);
        input.put("categories", List.of("community-venue"));
        input.put("location", Map.of("latitude", 51.4613, "longitude", -0.1156));
        input.put("visibility", visibility);
        var id = graphql.as(Role.EDITOR).data(ADD, Map.of("input", input)).path("addAsset").path("asset").path("id")
                .asString();
        added.add(id);
        return id;
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (var feature : collection.path("features")) {
            if (feature.path("id").asString().equals(id)) {
                return feature.path("properties");
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }

    private HttpResponse<String> get(String path, Role role) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (role != Role.PUBLIC) {
            request.header("Cookie", COOKIES.computeIfAbsent(port + "/" + role, key -> GraphQlHttp.login(port,
                    new String[] {user(role), user(role) + "-test-password"})));
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String user(Role role) {
        return switch (role) {
            case PEER_SUPPORTER -> "peer";
            case LEAD -> "lead";
            case EDITOR -> "editor";
            case ADMIN -> "admin";
            case PUBLIC -> throw new IllegalArgumentException("PUBLIC signs in as nobody");
        };
    }
}
