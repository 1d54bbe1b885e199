package org.lambeth.livingwell.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code categories} answers the whole seeded taxonomy (seeds/taxonomy/categories.csv), each category with its
 * broader one's id, to anyone.
 */
class CategoriesIT extends GraphQlServiceTest {

    private static final String CATEGORIES = "{ categories { id name parentId parent { id name } } }";

    @Test
    void everySeededCategoryComesWithItsParentById() throws IOException {
        var seeded = seededParents();
        var categories = graphql.data(CATEGORIES).path("categories");

        var answered = new LinkedHashMap<String, String>();
        for (var category : categories) {
            var parentId = category.path("parentId").isNull() ? "" : category.path("parentId").asString();
            answered.put(category.path("id").asString(), parentId);
            assertThat(category.path("parent").isNull() ? "" : category.path("parent").path("id").asString())
                    .as(category.path("id").asString()).isEqualTo(parentId);
        }
        assertThat(categories.size()).isEqualTo(seeded.size());
        assertThat(answered).containsExactlyInAnyOrderEntriesOf(seeded);
        assertThat(answered).containsEntry("library", "learning").containsEntry("community-toilet", "facilities")
                .containsEntry("learning", "");
        // a tree: every parent is itself in the list, at the top
        assertThat(answered.values()).filteredOn(parent -> !parent.isEmpty())
                .allSatisfy(parent -> assertThat(answered).containsEntry(parent, ""));
        var names = new ArrayList<String>();
        categories.forEach(category -> names.add(category.path("name").asString()));
        assertThat(names).isSortedAccordingTo(String::compareTo)
                .contains("Library", "Community toilet");
    }

    /** id -> parent id ("" at the top), as the seed file has them. */
    private static Map<String, String> seededParents() throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        var resource = new ClassPathResource("seeds/taxonomy/categories.csv");
        try (var parser = format.parse(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            var parents = new LinkedHashMap<String, String>();
            parser.forEach(row -> parents.put(row.get("id"), row.get("parent_id")));
            assertThat(parents).hasSizeGreaterThan(10);
            return parents;
        }
    }
}
