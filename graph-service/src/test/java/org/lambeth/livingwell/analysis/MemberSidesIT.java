package org.lambeth.livingwell.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lambeth.livingwell.asset.LocalityPlacement;
import org.lambeth.livingwell.backup.RestoredCopy;
import org.lambeth.livingwell.geo.WgsCoordinate;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's side is decided by one stated rule, so the same graph gives the same figures however Neo4j happens to
 * store it (issue 19, defect 6): the seeded database and an identical restore of it, then the restored copy with its
 * LOCATED_IN relationships rewritten so that each kind of locality in turn is the one Neo4j reads first. The rule:
 * a member's side is the compared locality it lies in; an asset lies in the localities the placement computed from
 * its point (one ward, the half, third and borough of that ward, one LSOA), a person in their ward and that ward's
 * groupings; an LSOA's own link to a ward (by its interior point) never decides. The network map, the network
 * exports and an analysis scope follow the same rule.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemberSidesIT {

    /** Its point lies in Clapham Park (a South ward); its LSOA's interior point lies in a North ward. */
    private static final String SCHOOL = "lbl2012-school-027";
    /**
     * The same trap the other way round (its point in a North ward, its LSOA's interior point in a South one); not in
     * the seeded network, so the copy has the council run it. Unlike the school (a dense node, whose relationship
     * chain Neo4j orders as it likes), it has few relationships: a new one is read first.
     */
    private static final String TOILET = "lbl2012-community_toilet-004";
    private static final List<String> KINDS = List.of("BOROUGH", "HALF", "THIRD", "WARD", "LSOA");

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalogue cypher;

    @Autowired
    AnalysisProperties properties;

    @Autowired
    AnalysisArguments arguments;

    @Autowired
    AnalysisRunner runner;

    @Autowired
    NetworkStrengthAnalysis strength;

    @Autowired
    LocalityPlacement placement;

    private RestoredCopy copy;

    @BeforeAll
    void restoreACopy(@TempDir Path directory) {
        copy = RestoredCopy.of(driver, cypher, directory);
    }

    @AfterAll
    void closeTheCopy() {
        if (copy != null) {
            copy.close();
        }
    }

    @Test
    @Order(1)
    void anIdenticalRestoreGivesTheSameFiguresAndSides() {
        var original = strength.networkStrength(null, null, null, true);
        var restored = strengthOn(copy.driver()).networkStrength(null, null, null, true);
        assertThat(restored.crossTies()).as("crossTies").isEqualTo(original.crossTies());
        assertThat(restored.independentPaths()).as("independentPaths").isEqualTo(original.independentPaths());
        assertThat(restored).usingRecursiveComparison().isEqualTo(original);
        assertThat(sides(copy.driver())).isEqualTo(sides(driver));
    }

    @Test
    @Order(2)
    void aMembersSideIsTheGroupingOfTheWardItsPointLiesIn() {
        // the traps: each lies in a ward of one half, and its LSOA is linked (by the LSOA's interior point) to a
        // ward of the other
        assertThat(placed(SCHOOL)).contains("E05014101", "half-south").doesNotContain("half-north");
        assertThat(halfOfItsLsoasWard(SCHOOL)).isEqualTo("NORTH");
        assertThat(placed(TOILET)).contains("E05014095", "half-north").doesNotContain("half-south");
        assertThat(halfOfItsLsoasWard(TOILET)).isEqualTo("SOUTH");

        var sides = sides(driver);
        assertThat(sides).containsEntry(SCHOOL, "half-south");
        // every asset of the network: the half of the ward the placement puts its point in
        var halfOfWard = new HashMap<String, String>();
        rows("MATCH (w:Locality {kind: 'WARD'})-[:PART_OF]->(h:Locality {kind: 'HALF'}) RETURN w.id AS a, h.id AS b",
                Map.of()).forEach(r -> halfOfWard.put(r.get("a"), r.get("b")));
        var assets = rows("""
                MATCH (a:Asset)
                WHERE a.location IS NOT NULL AND EXISTS { (a)-[:KNOWS|MEMBER_OF|WORKS_WITH|INTRODUCED|RUNS]-() }
                RETURN a.id AS a, toString(a.location.latitude) + ',' + toString(a.location.longitude) AS b""",
                Map.of());
        assertThat(assets).hasSizeGreaterThan(100);
        for (var asset : assets) {
            var point = asset.get("b").split(",");
            var ward = placement.place(new WgsCoordinate(Double.parseDouble(point[0]), Double.parseDouble(point[1])))
                    .localityIds().stream().filter(halfOfWard::containsKey).findFirst().orElse(null);
            assertThat(sides.get(asset.get("a"))).as(asset.get("a")).isEqualTo(String.valueOf(halfOfWard.get(ward)));
        }
    }

    @Test
    @Order(3)
    void theExportsAndTheScopesFollowTheSameRule() {
        var sides = sides(driver);

        var names = Map.of("half-north", "North Lambeth", "half-south", "South Lambeth");
        var exported = new TreeMap<String, String>();
        rows("""
                CALL () { %s }
                WITH * WHERE element IN ['ASSET', 'PERSON'] RETURN id AS a, half AS b"""
                .formatted(cypher.get("export/list_network_elements")),
                Map.of("visibility", List.of("PUBLIC", "NETWORK"), "withPeople", true))
                .forEach(r -> exported.put(r.get("a"), String.valueOf(r.get("b"))));
        assertThat(exported).containsEntry(SCHOOL, "South Lambeth");
        exported.forEach((id, half) -> {
            if (sides.containsKey(id)) {
                assertThat(half).as(id).isEqualTo(String.valueOf(names.get(sides.get(id))));
            }
        });

        var projector = new NetworkProjector(driver, cypher, properties);
        for (var half : AnalysisArguments.DEFAULT_SIDES) {
            var inScope = projector.project(AnalysisArguments.DEFAULT_SIDES, half, null).inScope();
            var onSide = sides.entrySet().stream().filter(e -> e.getValue().equals(half)).map(Map.Entry::getKey)
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(inScope).as("scope " + half).isEqualTo(onSide);
        }
    }

    /** In the copy only: the council runs the two trap assets, which puts them on the map and in the network. */
    @Test
    @Order(4)
    void theMapFollowsTheSameRule() {
        try (var session = copy.driver().session()) {
            session.run("""
                    MATCH (o:Organisation {id: 'org-lambeth-council'}), (a:Asset) WHERE a.id IN $ids
                    CREATE (o)-[:RUNS]->(a)""", Map.of("ids", List.of(SCHOOL, TOILET))).consume();
        }
        var sides = sides(copy.driver());
        assertThat(sides).containsEntry(SCHOOL, "half-south").containsEntry(TOILET, "half-north");
        var map = mapSides(copy.driver());
        assertThat(map).containsEntry(SCHOOL, "half-south").containsEntry(TOILET, "half-north")
                .hasSizeGreaterThan(10);
        map.forEach((asset, side) -> assertThat(side).as(asset).isEqualTo(sides.get(asset)));
    }

    @Test
    @Order(5)
    void noOrderOfTheLocatedInRelationshipsChangesASide() {
        var sides = sides(copy.driver());
        var map = mapSides(copy.driver());
        var figures = strengthOn(copy.driver()).networkStrength(null, null, null, true);
        assertThat(sides).containsKey(TOILET);
        for (var kind : KINDS) {
            readFirst(copy.driver(), kind);
            assertThat(firstKindRead(copy.driver(), TOILET)).as("the rewrite changes what Neo4j reads first")
                    .isEqualTo(kind);
            assertThat(sides(copy.driver())).as("sides, " + kind + " read first").isEqualTo(sides);
            assertThat(mapSides(copy.driver())).as("network map, " + kind + " read first").isEqualTo(map);
            assertThat(strengthOn(copy.driver()).networkStrength(null, null, null, true))
                    .as("networkStrength, " + kind + " read first").usingRecursiveComparison().isEqualTo(figures);
        }
    }

    /** The localities the placement puts an asset's point in. */
    private List<String> placed(String asset) {
        var point = single("MATCH (a:Asset {id: $id}) RETURN a.location.latitude AS lat, a.location.longitude AS lon",
                Map.of("id", asset));
        return placement.place(new WgsCoordinate((double) point.get("lat"), (double) point.get("lon"))).localityIds();
    }

    private String halfOfItsLsoasWard(String asset) {
        return (String) single("""
                MATCH (:Asset {id: $id})-[:LOCATED_IN]->(:Locality {kind: 'LSOA'})-[:PART_OF]->(w:Locality)
                RETURN w.half AS half""", Map.of("id", asset)).get("half");
    }

    private NetworkStrengthAnalysis strengthOn(Driver store) {
        return new NetworkStrengthAnalysis(new NetworkProjector(store, cypher, properties), arguments, runner,
                properties);
    }

    /** Every member's side between the two halves, "null" for none. */
    private Map<String, String> sides(Driver store) {
        var sides = new TreeMap<String, String>();
        new NetworkProjector(store, cypher, properties).project(AnalysisArguments.DEFAULT_SIDES, null, null).members()
                .forEach(m -> sides.put(m.id(), String.valueOf(m.side())));
        return sides;
    }

    /** The side the network map gives each asset it shows. */
    private Map<String, String> mapSides(Driver store) {
        var sides = new TreeMap<String, String>();
        try (var session = store.session()) {
            session.run(cypher.get("analysis/project_network_map"), Map.of("visibility", List.of("PUBLIC", "NETWORK"),
                    "halves", AnalysisArguments.DEFAULT_SIDES, "asOf", org.neo4j.driver.Values.NULL))
                    .forEachRemaining(r -> {
                        if (r.get("row").asString().equals("asset")) {
                            sides.put(r.get("a").asString(), String.valueOf(r.get("side").asString(null)));
                        }
                    });
        }
        return sides;
    }

    /**
     * Rewrites every asset's LOCATED_IN so that its locality of {@code kind} is created last, which makes Neo4j read
     * it first on a node with few relationships. One transaction per place in the order: within one transaction the
     * new relationships reach the store in id order, not in the order they were created.
     */
    private static void readFirst(Driver store, String kind) {
        try (var session = store.session()) {
            var located = session.run("""
                    MATCH (a:Asset)-[r:LOCATED_IN]->(l:Locality)
                    WITH a, r, l ORDER BY a.id, l.kind = $kind, l.id
                    WITH a, collect(r) AS old, collect(l.id) AS localities
                    FOREACH (r IN old | DELETE r)
                    RETURN a.id AS asset, localities""", Map.of("kind", kind))
                    .list(r -> Map.entry(r.get("asset").asString(), r.get("localities").asList(v -> v.asString())));
            for (int place = 0; place < KINDS.size(); place++) {
                var rows = new java.util.ArrayList<Map<String, String>>();
                for (var entry : located) {
                    if (place < entry.getValue().size()) {
                        rows.add(Map.of("asset", entry.getKey(), "locality", entry.getValue().get(place)));
                    }
                }
                session.run("""
                        UNWIND $rows AS row
                        MATCH (a:Asset {id: row.asset}), (l:Locality {id: row.locality})
                        CREATE (a)-[:LOCATED_IN]->(l)""", Map.of("rows", rows)).consume();
            }
        }
    }

    private String firstKindRead(Driver store, String asset) {
        try (var session = store.session()) {
            return session.run("MATCH (a:Asset {id: $id}) RETURN [(a)-[:LOCATED_IN]->(l) | l.kind][0] AS kind",
                    Map.of("id", asset)).single().get("kind").asString();
        }
    }

    private Map<String, Object> single(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(query, parameters).single().asMap();
        }
    }

    private List<Map<String, String>> rows(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(query, parameters).list(r -> {
                var row = new HashMap<String, String>();
                row.put("a", r.get("a").asString(null));
                row.put("b", r.get("b").isNull() ? null : r.get("b").asString());
                return row;
            });
        }
    }
}
