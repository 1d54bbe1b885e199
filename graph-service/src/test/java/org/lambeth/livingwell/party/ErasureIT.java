package org.lambeth.livingwell.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Erasure of a person made for the test (seeded people are named by golden answers and must stay), tied to seeded
 * people, an organisation, skills, an asset and a ward, named as the introducer of someone else and by audit entries:
 * afterwards no property of any node or relationship in the whole store holds anything that identified them.
 */
class ErasureIT extends GraphQlServiceTest {

    static final String ERASE = """
            mutation($id: ID!) { erasePerson(input: {id: $id}) {
              relationshipsRemoved introductionsUnattributed auditEntriesRedacted } }""";

    @Autowired
    Driver driver;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final TestPerson person = new TestPerson("zz-erasure-person-" + suffix, "Quillon Erasuretest " + suffix,
            "quillon.erasuretest." + suffix + "@example.org", String.format("020 7946 0%03d", Math.floorMod(suffix.hashCode(), 1000)));
    private final String bystander = "zz-erasure-bystander-" + suffix;
    private final String soloSkill = "skill-erasure-" + UUID.randomUUID().toString().substring(0, 8);
    private OffsetDateTime started;
    private List<String> earlierErasures = List.of();

    record TestPerson(String id, String displayName, String email, String phone) {

        List<String> identifiers() {
            return List.of(id, displayName, email, phone, phone.replace(" ", ""));
        }
    }

    @BeforeEach
    void createThePerson() {
        started = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        // erasures by other tests sharing the context (and this class's other tests) are not this test's
        try (var session = driver.session()) {
            earlierErasures = session.run("MATCH (e:AuditEntry {action: 'person.erase'}) RETURN collect(e.id) AS ids")
                    .single().get("ids").asList(org.neo4j.driver.Value::asString);
        }
        var parameters = new HashMap<String, Object>(Map.of("id", person.id(), "name", person.displayName(),
                "email", person.email(), "phone", person.phone(), "bystander", bystander, "soloSkill", soloSkill));
        parameters.put("before", "{\"displayName\":\"" + person.displayName() + "\",\"email\":\"" + person.email()
                + "\"}");
        parameters.put("mention", "{\"introducedPersonId\":\"" + person.id() + "\",\"outcome\":\"ATTENDED\"}");
        run("""
                MATCH (known:Person {demo: true}) WITH known ORDER BY known.id LIMIT 1
                MATCH (knower:Person {demo: true}) WHERE knower <> known WITH known, knower ORDER BY knower.id LIMIT 1
                MATCH (org:Organisation) WHERE EXISTS { (:Person)-[:MEMBER_OF]->(org) }
                WITH known, knower, org ORDER BY org.id LIMIT 1
                MATCH (asset:Asset) WHERE EXISTS { (:Person)-[:INTRODUCED]->(asset) }
                WITH known, knower, org, asset ORDER BY asset.id LIMIT 1
                MATCH (ward:Locality {kind: 'WARD'}) WITH known, knower, org, asset, ward ORDER BY ward.id LIMIT 1
                MATCH (shared:Skill) WHERE EXISTS { (:Person)-[:HAS_SKILL]->(shared) }
                WITH known, knower, org, asset, ward, shared ORDER BY shared.id LIMIT 1
                CREATE (p:Person {id: $id, displayName: $name, role: 'CARER', email: $email, phone: $phone,
                                  contactConsent: true, contactConsentOn: date('2025-01-02')})
                CREATE (b:Person {id: $bystander, displayName: 'Bystander ' + $bystander, role: 'CARER'})
                CREATE (solo:Skill {id: $soloSkill, name: 'Erasure test skill'})
                CREATE (p)-[:LOCATED_IN]->(ward)
                CREATE (p)-[:KNOWS {since: date('2024-01-01'), strength: 0.5}]->(known)
                CREATE (knower)-[:KNOWS {since: date('2024-02-01')}]->(p)
                CREATE (p)-[:MEMBER_OF {since: date('2024-03-01')}]->(org)
                CREATE (p)-[:HAS_SKILL]->(shared)
                CREATE (p)-[:HAS_SKILL]->(solo)
                CREATE (p)-[:INTRODUCED {on: date('2024-04-01'), byPersonId: known.id, outcome: 'ATTENDED'}]->(asset)
                CREATE (b)-[:INTRODUCED {on: date('2024-05-01'), byPersonId: $id, outcome: 'ATTENDED'}]->(asset)
                CREATE (:AuditEntry {id: randomUUID(), at: datetime(), actor: 'erasure-test', role: 'ADMIN',
                                     action: 'person.update', targetType: 'Person', targetId: $id, before: $before})
                CREATE (:AuditEntry {id: randomUUID(), at: datetime(), actor: 'erasure-test', role: 'EDITOR',
                                     action: 'asset.update', targetType: 'Asset', targetId: asset.id, after: $mention})
                CREATE (:AuditEntry {id: 'erasure-test-unrelated-' + $bystander, at: datetime(), actor: 'erasure-test',
                                     role: 'EDITOR', action: 'asset.update', targetType: 'Asset', targetId: asset.id,
                                     after: '{"name":"unrelated"}'})""", parameters);
        assertThat(hits()).as("the person is in the store before").isNotEmpty();
    }

    @AfterEach
    void removeTheBystander() {
        run("""
                OPTIONAL MATCH (b:Person {id: $bystander}) DETACH DELETE b
                WITH 1 AS done OPTIONAL MATCH (s:Skill {id: $soloSkill}) DETACH DELETE s
                WITH 1 AS done OPTIONAL MATCH (e:AuditEntry {actor: 'erasure-test'}) DETACH DELETE e
                WITH 1 AS done OPTIONAL MATCH (p:Person {id: $id}) DETACH DELETE p""",
                Map.of("bystander", bystander, "soloSkill", soloSkill, "id", person.id()));
    }

    @Test
    void anAdministratorErasesEveryTraceOfThePerson() {
        var payload = graphql.as(Role.ADMIN).data(ERASE, Map.of("id", person.id())).path("erasePerson");
        // LOCATED_IN, 2 KNOWS, MEMBER_OF, 2 HAS_SKILL, INTRODUCED
        assertThat(payload.path("relationshipsRemoved").asInt()).isEqualTo(7);
        assertThat(payload.path("introductionsUnattributed").asInt()).isEqualTo(1);
        assertThat(payload.path("auditEntriesRedacted").asInt()).isEqualTo(2);

        assertThat(hits()).as("properties that still identify the person").isEmpty();
        // what is not theirs stays: the bystander's introduction (without its introducer), both skills, others' audit
        assertThat(count("MATCH (:Person {id: $bystander})-[i:INTRODUCED {outcome: 'ATTENDED'}]->(:Asset) "
                + "WHERE i.byPersonId IS NULL RETURN count(i)")).isEqualTo(1);
        assertThat(count("MATCH (s:Skill {id: $soloSkill}) RETURN count(s)")).isEqualTo(1);
        assertThat(count("MATCH (e:AuditEntry {id: 'erasure-test-unrelated-' + $bystander}) "
                + "WHERE e.after = '{\"name\":\"unrelated\"}' RETURN count(e)")).isEqualTo(1);
        assertThat(count("MATCH (e:AuditEntry {actor: 'erasure-test', redacted: true}) WHERE e.before IS NULL "
                + "AND e.after IS NULL RETURN count(e)")).isEqualTo(2);

        var record = erasureEntries();
        assertThat(record).hasSize(1);
        assertThat(record.getFirst()).containsEntry("actor", "admin").containsEntry("role", "ADMIN")
                .containsEntry("targetType", "Person").containsEntry("targetId", null).containsEntry("after", null);
        assertThat((String) record.getFirst().get("before")).contains("\"relationshipsRemoved\":7")
                .contains("\"introductionsUnattributed\":1");
    }

    @Test
    void otherRolesAreRefusedAndNothingChanges() {
        var before = hits();
        for (var role : List.of(Role.PUBLIC, Role.PEER_SUPPORTER, Role.LEAD, Role.EDITOR)) {
            var response = graphql.as(role).post(ERASE, Map.of("id", person.id()));
            assertThat(response.path("errors").get(0).path("extensions").path("classification").asString())
                    .as(role.name()).isEqualTo("FORBIDDEN");
            assertThat(response.path("data").isNull() || response.path("data").path("erasePerson").isNull()).isTrue();
        }
        assertThat(hits()).isEqualTo(before);
        assertThat(count("MATCH (p:Person {id: $id})-[r]-() RETURN count(r)")).isEqualTo(7);
        assertThat(erasureEntries()).isEmpty();
    }

    @Test
    void anUnknownIdIsABadRequestNamingItAndRecordsNothing() {
        var response = graphql.as(Role.ADMIN).post(ERASE, Map.of("id", person.id() + "-unknown"));
        var error = response.path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo("input.id");
        assertThat(erasureEntries()).isEmpty();
        assertThat(count("MATCH (p:Person {id: $id}) RETURN count(p)")).isEqualTo(1);
    }

    /** Every property of every node and relationship that holds one of the person's identifiers: "label.key". */
    private List<String> hits() {
        var parameters = Map.<String, Object>of("needles", person.identifiers());
        try (var session = driver.session()) {
            var nodes = session.run("""
                    MATCH (n)
                    UNWIND keys(n) AS key
                    WITH n, key, n[key] AS value
                    WITH n, key, CASE WHEN valueType(value) STARTS WITH 'LIST'
                                      THEN [item IN value | toStringOrNull(item)] ELSE [toStringOrNull(value)] END AS texts
                    WHERE any(text IN texts WHERE any(needle IN $needles WHERE text CONTAINS needle))
                    RETURN head(labels(n)) + '.' + key AS hit ORDER BY hit""", parameters).list(r -> r.get(0).asString());
            var relationships = session.run("""
                    MATCH ()-[r]->()
                    UNWIND keys(r) AS key
                    WITH r, key, r[key] AS value
                    WITH r, key, CASE WHEN valueType(value) STARTS WITH 'LIST'
                                      THEN [item IN value | toStringOrNull(item)] ELSE [toStringOrNull(value)] END AS texts
                    WHERE any(text IN texts WHERE any(needle IN $needles WHERE text CONTAINS needle))
                    RETURN type(r) + '.' + key AS hit ORDER BY hit""", parameters).list(r -> r.get(0).asString());
            var all = new java.util.ArrayList<>(nodes);
            all.addAll(relationships);
            return all;
        }
    }

    private List<Map<String, Object>> erasureEntries() {
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (e:AuditEntry {action: 'person.erase'}) WHERE e.at >= $started AND NOT e.id IN $earlier
                    RETURN e {.actor, .role, .targetType, .targetId, .before, .after} AS entry""",
                    Map.of("started", started, "earlier", earlierErasures)).list(r -> r.get(0).asMap());
        }
    }

    private int count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher, Map.of("id", person.id(), "bystander", bystander, "soloSkill", soloSkill))
                    .single().get(0).asInt();
        }
    }

    private void run(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.run(cypher, parameters).consume();
        }
    }
}
