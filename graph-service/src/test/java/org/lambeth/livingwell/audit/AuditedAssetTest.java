package org.lambeth.livingwell.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * Audit entries to read: each test adds an asset, renames it twice (three entries, by the test user "editor") and
 * afterwards retires it.
 */
abstract class AuditedAssetTest extends GraphQlServiceTest {

    static final String TRAIL = """
            query($filter: AuditFilter, $first: Int, $after: String) {
              auditTrail(filter: $filter, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { id at actor role action targetType targetId before after } } } }""";

    GraphQlHttp admin;
    GraphQlHttp editor;
    String assetId;

    @BeforeEach
    void addAndRenameAnAsset() {
        admin = graphql.as(Role.ADMIN);
        editor = graphql.as(Role.EDITOR);
        assetId = editor.data("""
                mutation { addAsset(input: {name: "Audit trail test", categories: ["library"],
                  location: {latitude: 51.4613, longitude: -0.1156}}) { asset { id } } }""")
                .path("addAsset").path("asset").path("id").asString();
        for (var name : List.of("Audit trail test, renamed", "Audit trail test, renamed again")) {
            editor.data("mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { asset { id } } }",
                    Map.of("input", Map.of("id", assetId, "name", name)));
        }
    }

    @AfterEach
    void retireIt() {
        editor.data("mutation($id: ID!) { retireAsset(input: {id: $id}) { id } }", Map.of("id", assetId));
    }

    JsonNode trail(Map<String, Object> filter, int first, String after) {
        var variables = new HashMap<String, Object>(Map.of("filter", filter, "first", first));
        if (after != null) {
            variables.put("after", after);
        }
        return admin.data(TRAIL, variables).path("auditTrail");
    }
}
