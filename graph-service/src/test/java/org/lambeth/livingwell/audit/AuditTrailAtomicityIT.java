package org.lambeth.livingwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** A write and its audit entry land together or not at all. */
@ServiceIT
class AuditTrailAtomicityIT {

    private static final Viewer TESTER = new Viewer("test:atomicity", Role.ADMIN, "internal", 0);
    private static final String PROBE = "CREATE (:AuditProbe {id: $id})";

    @Autowired
    AuditTrail audit;
    @Autowired
    Driver driver;

    @Test
    void aWriteThatFailsAfterItsFirstStatementLeavesNeitherChangeNorEntry() {
        assertThatThrownBy(() -> audit.write(TESTER, tx -> {
            tx.run(PROBE, Map.of("id", "failing-work")).consume();
            throw new IllegalStateException("refused half way");
        })).hasMessage("refused half way");
        assertNothingFrom("failing-work");
    }

    @Test
    void aWriteWhoseEntryCannotBeRecordedIsRolledBack() {
        // the after value cannot be written as JSON, so recording fails after the write itself has run
        assertThatThrownBy(() -> audit.write(TESTER, tx -> {
            tx.run(PROBE, Map.of("id", "unrecordable")).consume();
            return Audited.of("done", new AuditEvent("probe.add", "AuditProbe", "unrecordable", null,
                    Map.of("value", new Unwritable())));
        })).hasStackTraceContaining("cannot be written");
        assertNothingFrom("unrecordable");
    }

    /** A value whose JSON cannot be written. */
    public static final class Unwritable {
        public String getValue() {
            throw new IllegalStateException("cannot be written");
        }
    }

    private void assertNothingFrom(String id) {
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (p:AuditProbe {id: $id}) RETURN count(p)", Map.of("id", id)).single()
                    .get(0).asLong()).isZero();
            assertThat(session.run("MATCH (e:AuditEntry) WHERE e.targetId = $id OR e.actor = $actor RETURN count(e)",
                    Map.of("id", id, "actor", TESTER.actor())).single().get(0).asLong()).isZero();
        }
    }
}
