package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded database's commit marks: the same while nothing is committed, a new one after each commit. */
@ServiceIT
class CommitMarksIT {

    @Autowired
    CommitMarks marks;

    @Autowired
    Driver driver;

    @Test
    void theMarkStaysWhileNothingIsCommittedAndMovesWithEachCommit() {
        long before = marks.settled();
        assertThat(before).isNotEqualTo(CommitMarks.NONE);
        try (var session = driver.session()) {
            session.run("MATCH (a:Asset) RETURN count(a) AS assets").consume();
        }
        assertThat(marks.settled()).as("after a read").isEqualTo(before);
        try (var session = driver.session()) {
            session.run("CREATE (:CommitMarksTest {at: 1})").consume();
        }
        long written = marks.settled();
        assertThat(written).as("after a write").isGreaterThan(before);
        try (var session = driver.session()) {
            session.run("MATCH (t:CommitMarksTest) DELETE t").consume();
        }
        assertThat(marks.settled()).as("after a delete").isGreaterThan(written);
    }
}
