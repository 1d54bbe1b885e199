package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Parsed operations are kept by their text; each request still gets its own variables, errors and limits. */
class ParsedDocumentsIT extends GraphQlServiceTest {

    @Autowired
    ParsedDocuments.Provider documents;

    @Test
    void aKeptOperationAnswersEachRequestWithItsOwnVariables() {
        var query = "query ($kind: LocalityKind!) { localities(kind: $kind) { id kind } } # parsed-documents-test";
        var wards = graphql.data(query, Map.of("kind", "WARD")).path("localities");
        long kept = documents.size();
        var halves = graphql.data(query, Map.of("kind", "HALF")).path("localities");
        assertThat(wards.size()).isEqualTo(25);
        assertThat(halves.size()).isEqualTo(2);
        assertThat(halves.findValuesAsString("kind")).containsOnly("HALF");
        // the second request found the operation kept, and kept nothing new
        assertThat(documents.size()).isEqualTo(kept).isPositive();
    }

    @Test
    void anInvalidOperationGetsItsErrorsEveryTime() {
        var query = "{ localities(kind: WARD) { noSuchField } } # parsed-documents-test";
        for (int i = 0; i < 2; i++) {
            var errors = graphql.post(query, Map.of()).path("errors");
            assertThat(errors.size()).as("request " + i).isPositive();
            assertThat(errors.get(0).path("message").asString()).contains("noSuchField");
        }
    }
}
