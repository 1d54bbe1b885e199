package org.lambeth.livingwell.analysis.networkmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** networkMap over GraphQL against the seeded network, checked against counts read with Cypher of its own. */
class NetworkMapIT extends GraphQlServiceTest {

    static final String MAP = """
            query($kinds: [TieKind!]) { networkMap(kinds: $kinds) {
              kinds crossLocalityTies
              organisations { id name type location { latitude longitude } side assetCount keyConnector }
              assets { id name location { latitude longitude } side }
              ties { kind from to toKind fromSide toSide crossLocality strength } } }""";

    @Autowired
    Driver driver;

    @Test
    void countsAreTheGraphsOrganisationsAssetsAndTies() {
        var map = networkMap(Role.PUBLIC, null);
        assertThat((long) map.path("organisations").size()).isEqualTo(count("MATCH (o:Organisation) RETURN count(o)"));
        assertThat((long) map.path("assets").size()).isEqualTo(count("""
                MATCH (a:Asset) WHERE a.visibility = 'PUBLIC' AND EXISTS { (:Organisation)-[:RUNS]->(a) }
                RETURN count(a)"""));
        var byKind = new HashMap<String, Long>();
        map.path("ties").forEach(tie -> byKind.merge(tie.path("kind").asString(), 1L, Long::sum));
        for (var kind : List.of("COLLABORATION", "COORDINATION", "CONTRACT", "ALLIANCE")) {
            assertThat(byKind.getOrDefault(kind, 0L)).as(kind).isEqualTo(count(
                    "MATCH (:Organisation)-[r:WORKS_WITH {kind: $kind}]->(:Organisation) RETURN count(r)",
                    Map.of("kind", kind))).isPositive();
        }
        assertThat(byKind.get("RUNS")).isEqualTo(count("""
                MATCH (:Organisation)-[r:RUNS]->(y)
                WHERE y:Organisation OR (y:Asset AND y.visibility = 'PUBLIC') RETURN count(r)"""));
        assertThat(byKind).doesNotContainKey("MEMBERSHIP");
        var withMembership = networkMap(Role.PUBLIC, List.of("MEMBERSHIP"));
        assertThat((long) withMembership.path("ties").size()).isEqualTo(count(
                "MATCH (:Organisation)-[r:MEMBER_OF]->(:Organisation) RETURN count(r)"));
        // organisations that run assets sit at their assets' centroid; the others have no place
        var placed = new ArrayList<String>();
        map.path("organisations").forEach(o -> {
            assertThat(o.path("location").isNull()).isEqualTo(o.path("assetCount").asInt() == 0);
            if (!o.path("location").isNull()) {
                placed.add(o.path("id").asString());
            }
        });
        assertThat(placed).contains("org-lwn-hub", "org-the-collaborative");
        assertThat(map.path("crossLocalityTies").asInt()).isEqualTo(
                (int) stream(map.path("ties")).filter(t -> t.path("crossLocality").asBoolean()).count());
    }

    @Test
    void publicNeverGetsANetworkAssetOrAnyPerson() {
        var id = addAssetRunBy("org-lwn-hub", "NETWORK", 51.4612, -0.1156);
        try {
            var publicMap = networkMap(Role.PUBLIC, List.of("RUNS", "MEMBERSHIP", "COLLABORATION"));
            var peerMap = networkMap(Role.PEER_SUPPORTER, List.of("RUNS", "MEMBERSHIP", "COLLABORATION"));
            assertThat(ids(publicMap)).doesNotContain(id);
            assertThat(ids(peerMap)).contains(id);
            assertThat(stream(peerMap.path("ties")).anyMatch(t -> t.path("to").asString().equals(id)
                    && t.path("from").asString().equals("org-lwn-hub"))).isTrue();
            var people = new HashSet<String>();
            try (var session = driver.session()) {
                session.run("MATCH (p:Person) RETURN p.id AS id").forEachRemaining(r -> people.add(r.get(0).asString()));
            }
            assertThat(people).hasSizeGreaterThan(900);
            assertThat(ids(publicMap)).doesNotContainAnyElementsOf(people);
            assertThat(ids(peerMap)).doesNotContainAnyElementsOf(people);
        } finally {
            retire(id);
        }
    }

    @Test
    void tiesWithEndsInNorthAndSouthAreCrossLocality() {
        // every seeded place an organisation runs is in the North; Certitude (placed nowhere) gets one in Streatham
        var south = addAssetRunBy("org-certitude", "PUBLIC", 51.4285, -0.1316);
        try {
            var map = networkMap(Role.PUBLIC, null);
            var halves = new HashMap<String, String>();
            try (var session = driver.session()) {
                session.run("""
                        MATCH (a:Asset)-[:LOCATED_IN]->(:Locality)-[:PART_OF*0..2]->(h:Locality {kind: 'HALF'})
                        RETURN DISTINCT a.id AS id, h.id AS half""")
                        .forEachRemaining(r -> halves.put(r.get("id").asString(), r.get("half").asString()));
            }
            for (var asset : map.path("assets")) {
                assertThat(asset.path("side").asString(null)).as(asset.path("id").asString())
                        .isEqualTo(halves.get(asset.path("id").asString()));
            }
            var sides = new HashMap<String, String>();
            map.path("organisations").forEach(o -> sides.put(o.path("id").asString(), o.path("side").asString(null)));
            map.path("assets").forEach(a -> sides.put(a.path("id").asString(), a.path("side").asString(null)));
            for (var tie : map.path("ties")) {
                var from = sides.get(tie.path("from").asString());
                var to = sides.get(tie.path("to").asString());
                assertThat(tie.path("crossLocality").asBoolean()).as(tie.toString())
                        .isEqualTo(from != null && to != null && !from.equals(to));
            }
            assertThat(sides.get(south)).isEqualTo("half-south");
            assertThat(sides.get("org-certitude")).isEqualTo("half-south");
            assertThat(sides.get("org-the-collaborative")).isEqualTo("half-north");
            // the known pair: Certitude (now South) collaborates with the Collaborative (North)
            assertThat(tie(map, "org-certitude", "org-the-collaborative").path("crossLocality").asBoolean()).isTrue();
            assertThat(tie(map, "org-certitude", south).path("crossLocality").asBoolean()).isFalse();
            assertThat(tie(map, "org-the-collaborative", "lwn-asset-open-events").path("crossLocality").asBoolean())
                    .isFalse();
            assertThat(map.path("crossLocalityTies").asInt()).isGreaterThanOrEqualTo(3);
        } finally {
            retire(south);
        }
    }

    private static JsonNode tie(JsonNode map, String from, String to) {
        return stream(map.path("ties")).filter(t -> t.path("from").asString().equals(from)
                && t.path("to").asString().equals(to)).findFirst().orElseThrow(() -> new AssertionError(
                        "no tie " + from + " -> " + to));
    }

    private String addAssetRunBy(String organisation, String visibility, double latitude, double longitude) {
        var editor = new GraphQlHttp(port).as(Role.EDITOR);
        var id = editor.data("""
                mutation($visibility: Visibility!, $lat: Float!, $lon: Float!) { addAsset(input: {
                  name: "Network map test place", categories: ["library"], visibility: $visibility,
                  location: {latitude: $lat, longitude: $lon}}) { asset { id } } }""",
                Map.of("visibility", visibility, "lat", latitude, "lon", longitude))
                .path("addAsset").path("asset").path("id").asString();
        try (var session = driver.session()) {
            session.run("MATCH (o:Organisation {id: $organisation}), (a:Asset {id: $id}) MERGE (o)-[:RUNS]->(a)",
                    Map.of("id", id, "organisation", organisation)).consume();
        }
        return id;
    }

    private void retire(String id) {
        new GraphQlHttp(port).as(Role.EDITOR).data(
                "mutation($id: ID!) { retireAsset(input: {id: $id}) { __typename } }", Map.of("id", id));
    }

    private JsonNode networkMap(Role role, List<String> kinds) {
        var variables = new HashMap<String, Object>();
        variables.put("kinds", kinds);
        return graphql.as(role).data(MAP, variables).path("networkMap");
    }

    private static Set<String> ids(JsonNode map) {
        var ids = new HashSet<String>();
        map.path("organisations").forEach(o -> ids.add(o.path("id").asString()));
        map.path("assets").forEach(a -> ids.add(a.path("id").asString()));
        map.path("ties").forEach(t -> {
            ids.add(t.path("from").asString());
            ids.add(t.path("to").asString());
        });
        return ids;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        var list = new ArrayList<JsonNode>();
        array.forEach(list::add);
        return list.stream();
    }

    private long count(String cypher) {
        return count(cypher, Map.of());
    }

    private long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }
}
