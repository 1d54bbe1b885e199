package org.lambeth.livingwell.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Snapshots are writes: taken by a lead or by the schedule, each is an audit entry naming who took it. */
class SnapshotAuditIT extends GraphQlServiceTest {

    private static final String NEWEST = """
            query($action: String) { auditTrail(filter: {action: $action}, first: 1) { totalCount
              edges { node { actor role action targetType targetId before after } } } }""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SnapshotService snapshots;

    private JsonNode newest() {
        return graphql.as(Role.ADMIN).data(NEWEST, Map.of("action", "networkSnapshot.take")).path("auditTrail");
    }

    @Test
    void aSnapshotTakenByALeadAndOneByTheScheduleAreEachRecorded() {
        int before = newest().path("totalCount").asInt();
        var taken = graphql.as(Role.LEAD).data("mutation { takeNetworkSnapshot(input: {}) { snapshot { id "
                + "independentPaths crossTies } } }").path("takeNetworkSnapshot").path("snapshot");
        var byLead = newest();
        assertThat(byLead.path("totalCount").asInt()).isEqualTo(before + 1);
        var entry = byLead.path("edges").get(0).path("node");
        assertThat(entry.path("actor").asString()).isEqualTo("lead");
        assertThat(entry.path("role").asString()).isEqualTo("LEAD");
        assertThat(entry.path("targetType").asString()).isEqualTo("NetworkSnapshot");
        assertThat(entry.path("targetId").asString()).isEqualTo(taken.path("id").asString());
        var after = JSON.readTree(entry.path("after").asString());
        assertThat(after.path("independentPaths").asInt()).isEqualTo(taken.path("independentPaths").asInt());
        assertThat(after.path("between").toString()).isEqualTo("[\"half-north\",\"half-south\"]");

        snapshots.takeScheduledSnapshot();
        var bySchedule = newest();
        assertThat(bySchedule.path("totalCount").asInt()).isEqualTo(before + 2);
        var scheduled = bySchedule.path("edges").get(0).path("node");
        assertThat(scheduled.path("actor").asString()).isEqualTo("system:schedule");
        assertThat(scheduled.path("role").asString()).isEqualTo("LEAD");
        // the same day's snapshot is replaced: what it replaced is the lead's
        assertThat(JSON.readTree(scheduled.path("before").asString())).isEqualTo(after);
    }

    @Test
    void onlyLeadsMayTakeOne() {
        int before = newest().path("totalCount").asInt();
        var refused = graphql.as(Role.PEER_SUPPORTER)
                .post("mutation { takeNetworkSnapshot(input: {}) { snapshot { id } } }");
        assertThat(refused.path("errors").get(0).path("extensions").path("classification").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(newest().path("totalCount").asInt()).isEqualTo(before);
    }
}
