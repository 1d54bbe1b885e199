package org.lambeth.livingwell.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The seeds loaded on first start, from the real Lambeth files. */
@ServiceIT
class SeedLoaderIT {

    @Autowired
    Driver driver;
    @Autowired
    SeedLoader seeds;

    @Test
    void theBoroughItsWardsLsoasAndGroupingsAreLocalities() {
        assertThat(countLocalities("BOROUGH")).isEqualTo(1);
        assertThat(countLocalities("WARD")).isEqualTo(25);
        assertThat(countLocalities("LSOA")).isEqualTo(181);
        assertThat(countLocalities("HALF")).isEqualTo(2);
        assertThat(countLocalities("THIRD")).isEqualTo(3);
        assertThat(single("MATCH (w:Locality {kind: 'WARD'})-[:PART_OF]->(:Locality {id: 'half-north'}) "
                + "RETURN count(w)")).isEqualTo(14);
        assertThat(single("MATCH (l:Locality {kind: 'LSOA'})-[:PART_OF]->(:Locality {kind: 'WARD'}) "
                + "RETURN count(l)")).isEqualTo(181);
    }

    @Test
    void everyCouncilAssetAndLibraryIsLoadedWithItsCategory() {
        // every source record is there by its own id; the council's 10 library records of 2012 are merged into the
        // libraries dataset's records of the same libraries instead of appearing twice
        assertThat(single("MATCH (a:Asset) UNWIND a.sourceIds AS s WITH s WHERE s STARTS WITH 'lbl2012-' "
                + "RETURN count(DISTINCT s)")).isEqualTo(406);
        assertThat(single("MATCH (a:Asset) WHERE a.id STARTS WITH 'lbl2012-' RETURN count(a)")).isEqualTo(396);
        assertThat(single("MATCH (a:Asset) WHERE a.id STARTS WITH 'lib-' AND size(a.sourceIds) = 2 "
                + "RETURN count(a)")).isEqualTo(10);
        assertThat(single("MATCH (a:Asset) WHERE NOT (a)-[:IN_CATEGORY]->(:Category) RETURN count(a)")).isZero();
        assertThat(single("MATCH (a:Asset) WHERE a.location IS NULL RETURN count(a)")).isZero();
        assertThat(single("MATCH (p:Postcode) RETURN count(p)")).isEqualTo(6_163 + 15_398);
    }

    @Test
    void locatedInIsComputedFromGeometryAndOutsideAssetsStay() {
        // SOURCES.md: a handful of the 2012 assets lie just outside the river-clipped boundary
        long outside = single("MATCH (a:Asset {inBorough: false}) RETURN count(a)");
        assertThat(outside).isBetween(3L, 6L);
        assertThat(single("MATCH (a:Asset {inBorough: false})-[:LOCATED_IN]->(:Locality) RETURN count(a)")).isZero();
        // every asset inside lies in exactly one ward and one half, and in at most one LSOA
        try (var session = driver.session()) {
            var misplaced = session.run("""
                    MATCH (a:Asset {inBorough: true})
                    WHERE COUNT { (a)-[:LOCATED_IN]->(:Locality {kind: 'WARD'}) } <> 1
                       OR COUNT { (a)-[:LOCATED_IN]->(:Locality {kind: 'HALF'}) } <> 1
                       OR COUNT { (a)-[:LOCATED_IN]->(:Locality {kind: 'LSOA'}) } > 1
                    RETURN a.id + ' ' + reduce(s = '', id IN [(a)-[:LOCATED_IN]->(l) | l.id] | s + ' ' + id) AS misplaced""")
                    .list(r -> r.get(0).asString());
            assertThat(misplaced).isEmpty();
        }
    }

    @Test
    void theCollaborativesOrganisationsAndTheDemoNetworkAreThere() {
        assertThat(single("MATCH (o:Organisation) RETURN count(o)")).isGreaterThanOrEqualTo(11);
        assertThat(single("MATCH (:Organisation {id: 'org-slam'})-[:MEMBER_OF]->(:Organisation) RETURN count(*)"))
                .isPositive();
        assertThat(single("MATCH ()-[r:WORKS_WITH]->() WHERE r.kind IN ['ALLIANCE', 'CONTRACT'] RETURN count(r)"))
                .isPositive();
        assertThat(single("MATCH (p:Person) RETURN count(p)")).isEqualTo(1000);
        assertThat(single("MATCH (p:Person) WHERE p.demo IS NULL OR p.demo <> true RETURN count(p)")).isZero();
        assertThat(single("MATCH (:Person)-[r]->() WHERE r.demo IS NULL AND type(r) <> 'LOCATED_IN' "
                + "RETURN count(r)")).isZero();
        long personTies = single("MATCH (:Person)-[r]->() WHERE type(r) <> 'LOCATED_IN' RETURN count(r)");
        assertThat(personTies).isBetween(4_000L, 6_000L);
        // dense in the North, sparser in the South, few people bridging the two
        long bridging = single("""
                MATCH (a:Person)-[:LOCATED_IN]->(:Locality)-[:PART_OF]->(ha:Locality {kind: 'HALF'}),
                      (a)-[:KNOWS]-(b:Person)-[:LOCATED_IN]->(:Locality)-[:PART_OF]->(hb:Locality {kind: 'HALF'})
                WHERE ha <> hb RETURN count(DISTINCT a)""");
        assertThat(bridging).isBetween(5L, 40L);
    }

    @Test
    void aSecondLoadChangesNothing() {
        var before = GraphFingerprint.of(driver);
        var report = seeds.load();
        assertThat(report.nodesCreated()).isZero();
        assertThat(report.relationshipsCreated()).isZero();
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
        assertThat(report.nodesByLabel()).containsEntry("Locality", 212L);
    }

    private long countLocalities(String kind) {
        try (var session = driver.session()) {
            return session.run("MATCH (l:Locality {kind: $kind}) RETURN count(l)", Map.of("kind", kind))
                    .single().get(0).asLong();
        }
    }

    private long single(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }
}
