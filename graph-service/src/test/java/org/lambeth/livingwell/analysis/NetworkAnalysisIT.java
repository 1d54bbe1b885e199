package org.lambeth.livingwell.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GoldenJson;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * The analyses over the seeded demo network, over GraphQL. The demo network is generated from a fixed seed, so the
 * answers are stable: they are compared with golden files (src/test/resources/golden; set -Dgolden.update=true to
 * rewrite them after a deliberate change, and review the diff).
 */
class NetworkAnalysisIT extends GraphQlServiceTest {

    static final String STRENGTH = """
            { networkStrength {
                sides { locality { id } members ties weightedTies density }
                crossTies weightedCrossTies eiIndex independentPaths
                minimumCut { id kind side }
                crossTiesByKind { kind count share }
                crossIntroductions organisationTiesByKind { kind count share } } }""";

    /** Collaborative leads: the analysis names individuals (by pseudonym) to them. */
    @BeforeEach
    void signInAsLead() {
        graphql = graphql.as(Role.LEAD);
    }

    @Test
    void northAndSouthAreTiedThroughFewIndependentPaths() {
        var report = graphql.data(STRENGTH, Map.of()).path("networkStrength");
        var north = report.path("sides").get(0);
        var south = report.path("sides").get(1);
        assertThat(north.path("locality").path("id").asString()).isEqualTo("half-north");
        // dense in the North, sparser in the South
        assertThat(north.path("members").asInt()).isGreaterThan(south.path("members").asInt());
        assertThat(north.path("density").asDouble()).isGreaterThan(0);
        // far more ties within the sides than across: the E-I index is strongly negative
        assertThat(report.path("eiIndex").asDouble()).isBetween(-1.0, -0.5);
        int paths = report.path("independentPaths").asInt();
        assertThat(paths).isPositive();
        assertThat(report.path("minimumCut").size()).isEqualTo(paths);
        // the Collaborative's organisations: coordination, collaboration, contract and alliance ties all present
        assertThat(report.path("organisationTiesByKind").size()).isEqualTo(4);
        assertGolden("network-strength", report);
    }

    @Test
    void removingTheMinimumCutSeparatesTheSides() {
        var cut = graphql.data("{ networkStrength { minimumCut { id } independentPaths } }", Map.of())
                .path("networkStrength");
        var ids = new java.util.ArrayList<String>();
        cut.path("minimumCut").forEach(m -> ids.add(m.path("id").asString()));
        var whatIf = graphql.data("""
                query($remove: [ID!]!) { whatIf(remove: $remove) {
                  removed { id } independentPathsLost crossTiesLost cutOff { side count }
                  after { independentPaths crossTies } } }""", Map.of("remove", ids)).path("whatIf");
        assertThat(whatIf.path("after").path("independentPaths").asInt()).isZero();
        assertThat(whatIf.path("independentPathsLost").asInt()).isEqualTo(cut.path("independentPaths").asInt());
        assertThat(whatIf.path("removed").size()).isEqualTo(ids.size());
    }

    @Test
    void keyConnectorsNameTheDriversAndWhatTheirDepartureBreaks() {
        var report = graphql.data("""
                { keyConnectors(top: 5) {
                    members ties betweennessSampled betweennessSampleSize
                    articulationPoints { id kind }
                    bridges { from { id } to { id } }
                    betweenness { member { id kind side } betweenness }
                    departures { member { id } disconnected bySide { side count } } } }""", Map.of())
                .path("keyConnectors");
        assertThat(report.path("betweennessSampled").asBoolean()).isFalse();
        assertThat(report.path("betweenness").size()).isEqualTo(5);
        var top = report.path("betweenness").get(0).path("betweenness").asDouble();
        assertThat(top).isBetween(0.0, 1.0).isGreaterThan(report.path("betweenness").get(4).path("betweenness")
                .asDouble());
        assertThat(report.path("articulationPoints").size()).isPositive();
        assertGolden("key-connectors", report);
    }

    @Test
    void communitiesAreNetworksWithinTheNetwork() {
        var report = graphql.data("""
                { communities { modularity communities { id size localityMix { side count }
                    bridgingMembers { id } } } }""", Map.of()).path("communities");
        assertThat(report.path("communities").size()).isGreaterThan(1);
        assertThat(report.path("modularity").asDouble()).isBetween(0.2, 1.0);
        assertGolden("communities", report);
    }

    @Test
    void readingTheNetworkAsOfADateBeforeAnyDataGivesAnEmptyWellFormedReport() {
        var report = graphql.data("{ networkStrength(asOf: \"1990-01-01\") { crossTies independentPaths "
                + "sides { members } eiIndex } }", Map.of()).path("networkStrength");
        assertThat(report.path("crossTies").asInt()).isZero();
        assertThat(report.path("independentPaths").asInt()).isZero();
        assertThat(report.path("sides").size()).isEqualTo(2);
        assertThat(report.path("sides").get(0).path("members").asInt()).isZero();
        assertThat(report.path("eiIndex").asDouble()).isZero();
    }

    @Test
    void anEmptySideGivesAWellFormedReport() {
        // two LSOAs: people live in wards, so neither LSOA has members of its own
        var report = graphql.data("{ networkStrength(between: [\"E01003015\", \"E01003016\"]) { crossTies "
                + "independentPaths sides { locality { id } members density } } }", Map.of())
                .path("networkStrength");
        assertThat(report.path("sides").size()).isEqualTo(2);
        assertThat(report.path("independentPaths").asInt()).isZero();
        assertThat(report.path("sides").get(0).path("density").asDouble()).isZero();
    }

    @Test
    void anEarlierDateReadsAnEarlierNetwork() {
        var then = graphql.data("{ networkStrength(asOf: \"2016-01-01\") { crossTies sides { ties } } }", Map.of())
                .path("networkStrength");
        var now = graphql.data("{ networkStrength { crossTies sides { ties } } }", Map.of()).path("networkStrength");
        assertThat(then.path("sides").get(0).path("ties").asInt())
                .isLessThan(now.path("sides").get(0).path("ties").asInt());
    }

    @Test
    void onlyTheKindsAskedForAreRead() {
        var report = graphql.data("{ networkStrength(kinds: [KNOWS]) { crossTiesByKind { kind } } }", Map.of())
                .path("networkStrength");
        report.path("crossTiesByKind").forEach(k -> assertThat(k.path("kind").asString()).isEqualTo("KNOWS"));
    }

    @Test
    void badArgumentsAreErrorsNamingThem() {
        assertError("{ networkStrength(between: [\"half-north\", \"half-north\"]) { crossTies } }", "between");
        assertError("{ networkStrength(between: [\"half-north\", \"nowhere\"]) { crossTies } }", "between");
        assertError("{ networkStrength(between: [\"half-north\"]) { crossTies } }", "between");
        assertError("{ whatIf(remove: [\"no-such-member\"]) { crossTiesLost } }", "remove");
        assertError("{ keyConnectors(scope: \"nowhere\") { members } }", "scope");
        assertError("{ keyConnectors(top: 1000) { members } }", "top");
        assertError("{ reach(personId: \"demo-person-0001\", hops: 9) { hops } }", "hops");
        assertError("{ reach(personId: \"nobody\") { hops } }", "personId");
    }

    @Test
    void reachListsWhatAPeerSupporterCanReach() {
        var report = graphql.data("{ reach(personId: \"demo-person-0923\", hops: 2) { hops "
                + "assets { member { id kind } hops } organisations { member { id name } hops } } }", Map.of())
                .path("reach");
        assertThat(report.path("organisations").size()).isPositive();
        report.path("assets").forEach(a -> assertThat(a.path("hops").asInt()).isBetween(1, 2));
    }

    @Test
    void aSnapshotIsStoredAndReadBackAsTheTrend() {
        var taken = graphql.data("mutation { takeNetworkSnapshot(input: {}) { snapshot { id takenOn "
                + "independentPaths crossTies members eiIndex } } }", Map.of())
                .path("takeNetworkSnapshot").path("snapshot");
        var history = graphql.data("{ networkStrengthHistory { id independentPaths crossTies } }", Map.of())
                .path("networkStrengthHistory");
        assertThat(history.size()).isGreaterThanOrEqualTo(1);
        assertThat(history.get(history.size() - 1).path("id").asString()).isEqualTo(taken.path("id").asString());
        var strength = graphql.data("{ networkStrength { independentPaths crossTies } }", Map.of())
                .path("networkStrength");
        assertThat(taken.path("independentPaths").asInt()).isEqualTo(strength.path("independentPaths").asInt());
        assertThat(taken.path("crossTies").asInt()).isEqualTo(strength.path("crossTies").asInt());
    }

    private void assertError(String query, String argument) {
        var response = graphql.post(query);
        assertThat(response.path("errors").size()).as(query).isPositive();
        var error = response.path("errors").get(0);
        assertThat(error.path("extensions").path("argument").asString()).as(query + " " + error).isEqualTo(argument);
    }

    private static void assertGolden(String name, JsonNode actual) {
        GoldenJson.assertMatches(Path.of("src/test/resources/golden/" + name + ".json"), actual);
    }
}
