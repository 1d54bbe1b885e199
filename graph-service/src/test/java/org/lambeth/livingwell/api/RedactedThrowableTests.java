package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.dao.DataIntegrityViolationException;

class RedactedThrowableTests {

    @Test
    void keepsClassesCodesAndStackTracesButNoMessage() {
        var neo4j = new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed",
                "Node(42) already exists with label `Person` and property `displayName` = 'Cobalt Heron'");
        var ex = new DataIntegrityViolationException("Cobalt Heron, cobalt-heron@example.org", neo4j);
        var redacted = RedactedThrowable.of(ex);
        var printed = new StringWriter();
        redacted.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).doesNotContain("Cobalt", "example.org", "Node(42)")
                .contains(DataIntegrityViolationException.class.getName(), ClientException.class.getName(),
                        "Neo.ClientError.Schema.ConstraintValidationFailed", "RedactedThrowableTests.java");
        assertThat(redacted.getStackTrace()).isEqualTo(ex.getStackTrace());
    }

    @Test
    void aCauseCycleEnds() {
        var first = new IllegalStateException("a");
        var second = new IllegalArgumentException("b", first);
        first.initCause(second);
        var redacted = RedactedThrowable.of(first);
        assertThat(redacted.getCause()).isNotNull();
        assertThat(redacted.getCause().getCause()).isNull();
    }
}
