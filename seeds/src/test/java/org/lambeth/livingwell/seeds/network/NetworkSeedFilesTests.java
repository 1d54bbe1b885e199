package org.lambeth.livingwell.seeds.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-curated files in seeds/network: well-formed, consistent, and pointing at real places. */
class NetworkSeedFilesTests {

    private static final Set<String> ORGANISATION_TYPES = Set.of("NHS_TRUST", "COMMISSIONER",
            "LOCAL_AUTHORITY", "VOLUNTARY", "PARTNERSHIP", "CONSULTANCY", "BUSINESS", "PRIMARY_CARE",
            "POLICE", "COMMUNITY_GROUP");
    private static final Set<String> CATEGORIES = Set.of("library", "school", "community-venue", "cafe",
            "food-growing", "adventure-playground", "leisure-centre", "community-toilet", "recycling",
            "mental-health-service", "peer-support", "employment-support", "volunteering");
    private static final Set<String> KINDS = Set.of("COORDINATION", "COLLABORATION", "CONTRACT", "ALLIANCE");

    private final List<Map<String, String>> organisations = Csv.readResource(LambethFixtures.ORGANISATIONS);
    private final List<Map<String, String>> ties = Csv.readResource(LambethFixtures.ORGANISATION_TIES);
    private final List<Map<String, String>> assets = Csv.readResource(LambethFixtures.NETWORK_ASSETS);
    private final Set<String> organisationIds = ids(organisations);
    private final Set<String> assetIds = ids(assets);

    @Test
    void headersAreAsAgreed() {
        assertThat(Csv.header(LambethFixtures.ORGANISATIONS))
                .containsExactly("id", "name", "type", "description", "website");
        assertThat(Csv.header(LambethFixtures.ORGANISATION_TIES))
                .containsExactly("type", "from_id", "to_id", "kind", "since", "until", "strength", "evidence");
        assertThat(Csv.header(LambethFixtures.NETWORK_ASSETS))
                .containsExactly("id", "name", "category", "description", "postcode", "address", "run_by");
    }

    @Test
    void organisationsAreUniqueTypedAndDescribed() {
        assertThat(organisations).hasSizeBetween(15, 22);
        assertThat(organisations).extracting(o -> o.get("id")).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("org-[a-z0-9-]+"))
                .contains("org-the-collaborative", "org-lwn-hub", "org-slam", "org-lambeth-ccg", "org-certitude",
                        "org-thames-reach", "org-innovation-unit", "org-lambeth-council",
                        "org-provider-alliance-group", "org-ips-alliance", "org-coffee-lovers-cafe");
        for (Map<String, String> organisation : organisations) {
            assertThat(ORGANISATION_TYPES).contains(organisation.get("type"));
            assertThat(organisation.get("name")).isNotBlank();
            assertThat(organisation.get("description")).isNotBlank().endsWith(".");
            assertThat(organisation.get("website")).matches("|https://[a-z0-9.-]+(/.*)?");
        }
    }

    @Test
    void tiesJoinKnownOrganisationsAndAssets() {
        assertThat(ties).hasSizeBetween(30, 50);
        for (Map<String, String> tie : ties) {
            assertThat(organisationIds).as("from of %s", tie).contains(tie.get("from_id"));
            Set<String> ends = tie.get("type").equals("RUNS") ? union(organisationIds, assetIds) : organisationIds;
            assertThat(ends).as("to of %s", tie).contains(tie.get("to_id"));
            assertThat(tie.get("from_id")).isNotEqualTo(tie.get("to_id"));
        }
        assertThat(ties).extracting(t -> List.of(t.get("type"), t.get("from_id"), t.get("to_id")))
                .doesNotHaveDuplicates();
    }

    @Test
    void tieFieldsAreWellFormed() {
        for (Map<String, String> tie : ties) {
            assertThat(tie.get("type")).isIn("MEMBER_OF", "WORKS_WITH", "RUNS");
            if (tie.get("type").equals("WORKS_WITH")) {
                assertThat(KINDS).as("kind of %s", tie).contains(tie.get("kind"));
            } else {
                assertThat(tie.get("kind")).as("kind of %s", tie).isEmpty();
            }
            LocalDate since = LocalDate.parse(tie.get("since"));
            assertThat(since).isBetween(LocalDate.of(2013, 1, 1), LocalDate.of(2015, 12, 31));
            if (!tie.get("until").isEmpty()) {
                assertThat(LocalDate.parse(tie.get("until"))).isAfter(since);
            }
            assertThat(Double.parseDouble(tie.get("strength"))).isBetween(0.0, 1.0);
            assertThat(tie.get("evidence")).isNotBlank();
        }
    }

    @Test
    void everyKindOfWorkingTieIsRepresented() {
        assertThat(ties).filteredOn(t -> t.get("type").equals("WORKS_WITH")).extracting(t -> t.get("kind"))
                .containsAll(KINDS);
    }

    @Test
    void assetsHaveKnownCategoriesRealPostcodesAndKnownRunners() {
        Set<String> postcodes = Csv.readResource(LambethFixtures.POSTCODES).stream()
                .map(row -> row.get("postcode")).collect(Collectors.toSet());
        assertThat(assets).hasSizeBetween(6, 10);
        for (Map<String, String> asset : assets) {
            assertThat(asset.get("id")).matches("lwn-asset-[a-z0-9-]+");
            assertThat(CATEGORIES).contains(asset.get("category"));
            assertThat(postcodes).as("postcode of %s", asset.get("id")).contains(asset.get("postcode"));
            String runBy = asset.get("run_by");
            if (!runBy.isEmpty()) {
                assertThat(organisationIds).contains(runBy);
                assertThat(ties).as("RUNS tie for %s", asset.get("id"))
                        .anyMatch(t -> t.get("type").equals("RUNS") && t.get("from_id").equals(runBy)
                                && t.get("to_id").equals(asset.get("id")));
            }
        }
        assertThat(assetIds).hasSize(assets.size());
    }

    @Test
    void theCafeIsWhereTheDocumentSays() {
        assertThat(assets).filteredOn(a -> a.get("id").equals("lwn-asset-coffee-lovers-cafe"))
                .singleElement()
                .satisfies(a -> assertThat(a).containsEntry("postcode", "SW8 2JR")
                        .containsEntry("address", "268 Wandsworth Rd"));
    }

    @Test
    void organisationsNotAtTheTableHaveNoTies() {
        Set<String> tied = new HashSet<>();
        ties.forEach(t -> {
            tied.add(t.get("from_id"));
            tied.add(t.get("to_id"));
        });
        assertThat(tied).doesNotContain("org-met-police-lambeth", "org-tenants-residents-associations");
    }

    private static Set<String> ids(List<Map<String, String>> rows) {
        return rows.stream().map(row -> row.get("id")).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
