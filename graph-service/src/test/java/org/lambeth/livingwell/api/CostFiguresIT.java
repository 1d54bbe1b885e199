package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cost model's figures for localities ({@link FieldCosts.Localities}) are the seeded data's. */
class CostFiguresIT extends GraphQlServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The declared counts are the seeded data's; the declared sizes within a fifth of what the service answers. */
    @Test
    void theCostModelsLocalityFiguresAreTheSeededDatas() {
        for (var kind : FieldCosts.Localities.values()) {
            var localities = graphql.data("query($kind: LocalityKind) { localities(kind: $kind) { boundary outline } }",
                    Map.of("kind", kind.name())).path("localities");
            assertThat(localities.size()).as(kind + " count").isEqualTo(kind.count);
            assertThat(kind.boundaryBytes).as(kind + " boundary bytes")
                    .isBetween((int) (meanBytes(localities, "boundary") * 0.8), (int) (meanBytes(localities,
                            "boundary") * 1.25));
            assertThat(kind.outlineBytes).as(kind + " outline bytes")
                    .isBetween((int) (meanBytes(localities, "outline") * 0.8), (int) (meanBytes(localities,
                            "outline") * 1.25));
        }
        // a gap is largest where the walk is short and there are many assets: the area less many small circles
        for (var kind : List.of(FieldCosts.Localities.WARD, FieldCosts.Localities.LSOA)) {
            for (var category : List.of("library", "outdoors")) {
                var areas = graphql.data("query($kind: CoverageKind!, $category: ID!) { coverage(category: "
                        + "$category, walkMetres: 200, kind: $kind) { areas { gap } } }",
                        Map.of("kind", kind.name(), "category", category)).path("coverage").path("areas");
                assertThat(kind.gapBytes).as(kind + " gap bytes, " + category)
                        .isGreaterThanOrEqualTo((int) meanBytes(areas, "gap"));
            }
        }
    }

    private static double meanBytes(JsonNode items, String field) {
        long total = 0;
        for (var item : items) {
            total += JSON.writeValueAsString(item.path(field)).length();
        }
        return (double) total / items.size();
    }
}
