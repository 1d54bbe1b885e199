package org.lambeth.livingwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;

import tools.jackson.databind.JsonNode;

/** auditTrail for ADMIN: filtered by actor, action, target and time, newest first, paged. */
class AuditTrailIT extends AuditedAssetTest {

    private JsonNode mine() {
        return trail(Map.of("targetId", assetId), 50, null);
    }

    @Test
    void entriesAreNewestFirstAndFilteredByTargetActionAndActor() {
        var all = mine();
        assertThat(all.path("totalCount").asInt()).isEqualTo(3);
        assertThat(all.path("edges").findValuesAsString("action"))
                .containsExactly("asset.update", "asset.update", "asset.add");
        var times = all.path("edges").findValues("at").stream().map(at -> OffsetDateTime.parse(at.asString()))
                .toList();
        assertThat(times.get(0)).isAfter(times.get(1));
        assertThat(times.get(1)).isAfter(times.get(2));
        var newest = all.path("edges").get(0).path("node");
        assertThat(newest.path("targetId").asString()).isEqualTo(assetId);
        assertThat(newest.path("before").asString()).contains("\"name\":\"Audit trail test, renamed\"");
        assertThat(newest.path("after").asString()).contains("\"name\":\"Audit trail test, renamed again\"");

        assertThat(trail(Map.of("targetId", assetId, "action", "asset.update"), 50, null).path("totalCount").asInt())
                .isEqualTo(2);
        assertThat(trail(Map.of("targetId", assetId, "actor", "editor"), 50, null).path("totalCount").asInt())
                .isEqualTo(3);
        assertThat(trail(Map.of("targetId", assetId, "actor", "admin"), 50, null).path("totalCount").asInt())
                .isZero();
        assertThat(trail(Map.of("action", "asset.add", "actor", "editor"), 200, null).path("edges")
                .findValuesAsString("targetId")).contains(assetId);
    }

    @Test
    void fromIsInclusiveAndToExclusive() {
        var middle = mine().path("edges").get(1).path("node").path("at").asString();
        var fromMiddle = trail(Map.of("targetId", assetId, "from", middle), 50, null);
        assertThat(fromMiddle.path("edges").findValuesAsString("action")).containsExactly("asset.update",
                "asset.update");
        var toMiddle = trail(Map.of("targetId", assetId, "to", middle), 50, null);
        assertThat(toMiddle.path("edges").findValuesAsString("action")).containsExactly("asset.add");
    }

    @Test
    void pagesFollowOnWithoutOverlap() {
        var ids = mine().path("edges").findValuesAsString("id");
        var first = trail(Map.of("targetId", assetId), 2, null);
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(first.path("pageInfo").path("hasPreviousPage").asBoolean()).isFalse();
        assertThat(first.path("totalCount").asInt()).isEqualTo(3);
        var second = trail(Map.of("targetId", assetId), 2, first.path("pageInfo").path("endCursor").asString());
        assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        assertThat(second.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
        var paged = new ArrayList<>(first.path("edges").findValuesAsString("id"));
        paged.addAll(second.path("edges").findValuesAsString("id"));
        assertThat(paged).isEqualTo(ids);
    }

    @Test
    void badArgumentsAreNamedAndOnlyAdminsMayRead() {
        var middle = mine().path("edges").get(1).path("node").path("at").asString();
        var backwards = admin.post(TRAIL, Map.of("filter", Map.of("from", middle, "to", middle)));
        assertThat(backwards.path("errors").get(0).path("extensions").path("argument").asString())
                .isEqualTo("filter.to");
        var tooMany = admin.post(TRAIL, Map.of("first", 201));
        assertThat(tooMany.path("errors").get(0).path("extensions").path("argument").asString()).isEqualTo("first");
        for (var role : List.of(Role.PUBLIC, Role.EDITOR)) {
            var refused = graphql.as(role).post(TRAIL, Map.of());
            assertThat(refused.path("errors").get(0).path("extensions").path("classification").asString())
                    .isEqualTo("FORBIDDEN");
        }
    }
}
