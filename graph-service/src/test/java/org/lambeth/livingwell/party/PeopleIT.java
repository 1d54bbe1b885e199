package org.lambeth.livingwell.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.CypherRoundTrips;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The people read API over the seeded demo network: who sees what, contact details by consent, paging, filters. */
class PeopleIT extends GraphQlServiceTest {

    static final String PAGE = """
            query($first: Int, $after: String, $skill: ID, $locality: ID) {
              people(first: $first, after: $after, skill: $skill, locality: $locality) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { id displayName role locality { id name kind } skills { id name }
                  contact { email phone consentedOn } } }
              }
            }""";
    static final String PERSON = """
            query($id: ID!) { person(id: $id) { id displayName role locality { id } skills { id }
              contact { email phone consentedOn } } }""";

    @Autowired
    Driver driver;

    @Test
    void aPeerSupporterSeesPeopleByNameWithTheirWardAndSkills() {
        var people = allPeople(Map.of());
        assertThat(people).hasSize(count("MATCH (p:Person) RETURN count(p)"));
        var names = people.stream().map(p -> p.path("displayName").asString()).toList();
        assertThat(names).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
        assertThat(people).allSatisfy(p -> assertThat(p.path("locality").path("kind").asString()).isEqualTo("WARD"));
        assertThat(people).anySatisfy(p -> assertThat(p.path("skills").size()).isPositive());
        var skills = graphql.as(Role.PEER_SUPPORTER).data("{ skills { id name } }").path("skills");
        assertThat(skills.size()).isEqualTo(count("MATCH (s:Skill) RETURN count(s)")).isPositive();
        var skillNames = new ArrayList<String>();
        skills.forEach(s -> skillNames.add(s.path("name").asString()));
        assertThat(skillNames).isSorted();
    }

    @Test
    void contactDetailsAreShownOnlyForPeopleWhoConsented() {
        var consenting = storedIds("MATCH (p:Person) WHERE p.contactConsent = true RETURN p.id");
        int all = count("MATCH (p:Person) RETURN count(p)");
        assertThat(consenting.size()).isBetween(all / 4, all * 5 / 12);
        // the seeds store contact details only with consent
        assertThat(count("MATCH (p:Person) WHERE p.contactConsent IS NULL AND (p.email IS NOT NULL OR "
                + "p.phone IS NOT NULL) RETURN count(p)")).isZero();
        var withContact = new HashSet<String>();
        for (var person : allPeople(Map.of())) {
            var contact = person.path("contact");
            if (!contact.isNull()) {
                withContact.add(person.path("id").asString());
                assertThat(contact.path("email").asString()).endsWith("@example.org");
                assertThat(contact.path("phone").asString()).matches("07700 900\\d{3}");
                assertThat(contact.path("consentedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
        assertThat(withContact).isEqualTo(consenting);
    }

    @Test
    void onePersonByIdWithContactOnlyWithConsent() {
        var peer = graphql.as(Role.PEER_SUPPORTER);
        var consenting = storedIds("MATCH (p:Person) WHERE p.contactConsent = true RETURN p.id ORDER BY p.id LIMIT 1")
                .iterator().next();
        var stored = row("MATCH (p:Person {id: $id}) RETURN p.email AS email, p.phone AS phone, "
                + "toString(p.contactConsentOn) AS on", consenting);
        var person = peer.data(PERSON, Map.of("id", consenting)).path("person");
        assertThat(person.path("contact").path("email").asString()).isEqualTo(stored.get("email"));
        assertThat(person.path("contact").path("phone").asString()).isEqualTo(stored.get("phone"));
        assertThat(person.path("contact").path("consentedOn").asString()).isEqualTo(stored.get("on"));

        var declining = storedIds("MATCH (p:Person) WHERE p.contactConsent IS NULL RETURN p.id ORDER BY p.id LIMIT 1")
                .iterator().next();
        var other = peer.data(PERSON, Map.of("id", declining)).path("person");
        assertThat(other.path("id").asString()).isEqualTo(declining);
        assertThat(other.path("locality").path("id").asString()).isNotEmpty();
        assertThat(other.path("contact").isNull()).isTrue();

        assertThat(peer.data(PERSON, Map.of("id", "no-such-person")).path("person").isNull()).isTrue();
    }

    @Test
    void thePublicIsRefusedAndSeesNoPersonAtAll() {
        var anyone = graphql.as(Role.PUBLIC);
        var someone = storedIds("MATCH (p:Person) WHERE p.contactConsent = true RETURN p.id ORDER BY p.id LIMIT 1")
                .iterator().next();
        var stored = row("MATCH (p:Person {id: $id}) RETURN p.displayName AS name, p.email AS email", someone);
        for (var query : List.of(PAGE, PERSON, "{ skills { id name } }",
                "{ people(first: 5) { edges { node { contact { email } } } } }")) {
            var body = anyone.post(query, Map.of("id", someone, "first", 200));
            assertThat(body.path("errors").get(0).path("extensions").path("classification").asString())
                    .as(query).isEqualTo("FORBIDDEN");
            var text = body.toString();
            assertThat(text).as(query).doesNotContain(someone, stored.get("name"), stored.get("email"),
                    "demo-person", "@example.org", "07700");
            body.path("data").forEach(field -> assertThat(field.isNull()).as(query).isTrue());
        }
        var skillName = row("MATCH (s:Skill) RETURN s.name AS name ORDER BY s.id LIMIT 1", null).get("name");
        assertThat(anyone.post("{ skills { name } }").toString()).doesNotContain(skillName);
    }

    @Test
    void pagesJoinUpToTheWholeList() {
        var peer = graphql.as(Role.PEER_SUPPORTER);
        var ward = busiestWard();
        var whole = idsOf(allPeople(Map.of("locality", ward)));
        var paged = new ArrayList<String>();
        String after = null;
        boolean first = true;
        do {
            var variables = new HashMap<String, Object>(Map.of("first", 7, "locality", ward));
            variables.put("after", after);
            var page = peer.data(PAGE, variables).path("people");
            assertThat(page.path("pageInfo").path("hasPreviousPage").asBoolean()).isEqualTo(!first);
            paged.addAll(idsOf(page));
            first = false;
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        assertThat(paged).isEqualTo(whole).hasSizeGreaterThan(7);
        assertThat(badArgument(Map.of("first", 201))).isEqualTo("first");
        assertThat(badArgument(Map.of("first", 5, "after", "not-a-cursor"))).isEqualTo("after");
    }

    @Test
    void aPageOfPeopleWithTheirWardsSkillsAndContactsIsOneCypherRoundTrip() {
        var peer = graphql.as(Role.PEER_SUPPORTER);
        for (int first : new int[] {5, 200}) {
            CypherRoundTrips.reset();
            var page = peer.data(PAGE, Map.of("first", first, "locality", "half-north")).path("people");
            int trips = CypherRoundTrips.count();
            assertThat(page.path("edges").size()).isEqualTo(first);
            assertThat(trips).as("round trips for a page of " + first).isEqualTo(1);
        }
    }

    @Test
    void filtersBySkillAndLocality() {
        var skill = row("MATCH (s:Skill)<-[:HAS_SKILL]-(p:Person) WITH s, count(p) AS n ORDER BY n DESC, s.id "
                + "RETURN s.id AS id LIMIT 1", null).get("id");
        var withSkill = allPeople(Map.of("skill", skill));
        assertThat(withSkill).hasSize(count("MATCH (:Skill {id: $id})<-[:HAS_SKILL]-(p) RETURN count(p)", skill))
                .allSatisfy(p -> assertThat(p.path("skills").findValuesAsString("id")).contains(skill));

        var ward = row("MATCH (p:Person)-[:LOCATED_IN]->(w:Locality) RETURN w.id AS id ORDER BY w.id LIMIT 1", null)
                .get("id");
        var inWard = allPeople(Map.of("locality", ward));
        assertThat(inWard).isNotEmpty().allSatisfy(p -> assertThat(p.path("locality").path("id").asString())
                .isEqualTo(ward));

        var north = allPeople(Map.of("locality", "half-north"));
        assertThat(north).hasSize(count("MATCH (p:Person)-[:LOCATED_IN]->()-[:PART_OF]->(:Locality {id: "
                + "'half-north'}) RETURN count(p)"));
        var both = allPeople(Map.of("locality", "half-north", "skill", skill));
        assertThat(idsOf(both)).isSubsetOf(idsOf(north)).isSubsetOf(idsOf(withSkill));
        assertThat(both).hasSizeLessThan(withSkill.size());

        assertThat(badArgument(Map.of("first", 5, "skill", "skill-no-such"))).isEqualTo("skill");
        assertThat(badArgument(Map.of("first", 5, "locality", "no-such-place"))).isEqualTo("locality");
        var lsoa = row("MATCH (l:Locality {kind: 'LSOA'}) RETURN l.id AS id LIMIT 1", null).get("id");
        assertThat(badArgument(Map.of("first", 5, "locality", lsoa))).isEqualTo("locality");
    }

    private List<JsonNode> allPeople(Map<String, Object> filter) {
        var peer = graphql.as(Role.PEER_SUPPORTER);
        var people = new ArrayList<JsonNode>();
        String after = null;
        do {
            var variables = new HashMap<String, Object>(filter);
            variables.put("first", 200);
            variables.put("after", after);
            var page = peer.data(PAGE, variables).path("people");
            page.path("edges").forEach(e -> people.add(e.path("node")));
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        return people;
    }

    private String busiestWard() {
        return row("MATCH (p:Person)-[:LOCATED_IN]->(w:Locality {kind: 'WARD'}) WITH w, count(p) AS n "
                + "ORDER BY n DESC, w.id RETURN w.id AS id LIMIT 1", null).get("id");
    }

    private String badArgument(Map<String, Object> variables) {
        var response = graphql.as(Role.PEER_SUPPORTER).post(PAGE, variables);
        var error = response.path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        return error.path("extensions").path("argument").asString();
    }

    private static List<String> idsOf(JsonNode connection) {
        var ids = new ArrayList<String>();
        connection.path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
        return ids;
    }

    private static List<String> idsOf(List<JsonNode> people) {
        return people.stream().map(p -> p.path("id").asString()).toList();
    }

    private Set<String> storedIds(String cypher) {
        try (var session = driver.session()) {
            return new java.util.LinkedHashSet<>(session.run(cypher).list(r -> r.get(0).asString()));
        }
    }

    private int count(String cypher) {
        return count(cypher, null);
    }

    private int count(String cypher, String id) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get(0).asInt();
        }
    }

    private Map<String, String> row(String cypher, String id) {
        try (var session = driver.session()) {
            var parameters = new HashMap<String, Object>();
            parameters.put("id", id);
            var record = session.run(cypher, parameters).single();
            var row = new HashMap<String, String>();
            record.keys().forEach(k -> row.put(k, record.get(k).asString(null)));
            return row;
        }
    }
}
