package org.lambeth.livingwell.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;

class OrganisationsIT extends GraphQlServiceTest {

    static final String PAGE = """
            query($first: Int, $after: String) {
              organisations(first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name type } }
              }
            }""";


    @Test
    void theNamedOrganisationsPageByName() {
        var names = new ArrayList<String>();
        String after = null;
        int total;
        do {
            var variables = new java.util.HashMap<String, Object>(Map.of("first", 5));
            variables.put("after", after);
            var page = graphql.data(PAGE, variables).path("organisations");
            total = page.path("totalCount").asInt();
            page.path("edges").forEach(e -> names.add(e.path("node").path("name").asString()));
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        assertThat(names).hasSize(total).isSorted().doesNotHaveDuplicates();
        assertThat(names).anyMatch(n -> n.contains("Certitude")).anyMatch(n -> n.contains("Thames Reach"))
                .anyMatch(n -> n.contains("Maudsley")).anyMatch(n -> n.contains("Coffee Lovers"));
    }

    @Test
    void aPageAboveTheCapIsRefused() {
        var response = graphql.post("{ organisations(first: 1000) { totalCount } }");
        assertThat(response.path("errors").get(0).path("extensions").path("argument").asString()).isEqualTo("first");
    }
}
