package org.lambeth.livingwell.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/** Which failures mean the database cannot be reached (503) rather than a fault (500) or a limit (retry later). */
class DatabaseUnavailableTests {

    @Test
    void theDriverNotReachingTheDatabaseIsUnavailabilityHoweverWrapped() {
        var refused = new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687");
        assertThat(DatabaseUnavailable.causedBy(refused)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SessionExpiredException("gone"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new TransientDataAccessResourceException("wrapped", refused))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(new RuntimeException(refused)))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new TransientException(
                "Neo.TransientError.General.DatabaseUnavailable", "stopping"))).isTrue();
    }

    @Test
    void faultsAndLimitsAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new TransientException(
                "Neo.TransientError.Transaction.DeadlockDetected", "deadlock"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new TransientDataAccessResourceException("memory limit"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new Neo4jException("no code"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalArgumentException("a bug"))).isFalse();
    }
}
