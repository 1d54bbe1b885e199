package org.lambeth.livingwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class AuditFilterTests {

    @Test
    void aFilterBlanksAreNoPartAndARangeMustRunForwards() {
        var parameters = new AuditFilter(" ", "asset.add", null, null, null).parameters("filter.");
        assertThat(parameters).containsEntry("actor", null).containsEntry("action", "asset.add")
                .containsEntry("targetId", null).containsKeys("from", "to");
        var at = OffsetDateTime.parse("2026-11-26T10:00:00Z");
        assertThatThrownBy(() -> new AuditFilter(null, null, null, at, at).parameters("filter."))
                .hasMessageStartingWith("filter.to:");
    }
}
