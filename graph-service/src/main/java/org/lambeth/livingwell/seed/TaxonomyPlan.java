package org.lambeth.livingwell.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The category hierarchy (seeds/taxonomy/categories.csv) and the mapping from source categories to it. */
final class TaxonomyPlan {

    private final List<Map<String, Object>> categories = new ArrayList<>();
    private final List<Map<String, Object>> broader = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Boolean> free = new HashMap<>();
    private final Map<String, String> bySourceCategory = new HashMap<>();

    static TaxonomyPlan read() {
        var plan = new TaxonomyPlan();
        for (var record : SeedResources.csv("taxonomy/categories.csv")) {
            var id = record.get("id");
            var props = new LinkedHashMap<String, Object>();
            props.put("name", record.get("name"));
            var description = SeedResources.cell(record, "description");
            if (description != null) {
                props.put("description", description);
            }
            plan.categories.add(Map.of("id", id, "props", props));
            plan.names.put(id, record.get("name"));
            var isFree = SeedResources.cell(record, "free");
            if (isFree != null) {
                plan.free.put(id, Boolean.parseBoolean(isFree));
            }
            var parent = SeedResources.cell(record, "parent_id");
            if (parent != null) {
                plan.broader.add(Map.of("child", id, "parent", parent));
            }
        }
        for (var record : SeedResources.csv("taxonomy/source_categories.csv")) {
            plan.bySourceCategory.put(record.get("source_category"), plan.require(record.get("category_id")));
        }
        return plan;
    }

    /** The category id for a source dataset's category; throws naming it when unmapped. */
    String forSource(String sourceCategory) {
        var id = bySourceCategory.get(sourceCategory);
        if (id == null) {
            throw new IllegalArgumentException("source category '" + sourceCategory + "' has no mapping in "
                    + "seeds/taxonomy/source_categories.csv");
        }
        return id;
    }

    String require(String categoryId) {
        if (!names.containsKey(categoryId)) {
            throw new IllegalArgumentException("unknown category id '" + categoryId + "'");
        }
        return categoryId;
    }

    String name(String categoryId) {
        return names.get(require(categoryId));
    }

    /** Whether assets of a category are free to use; null when it varies or is not known (categories.csv). */
    Boolean free(String categoryId) {
        return free.get(require(categoryId));
    }

    List<SeedBatch> batches() {
        return List.of(new SeedBatch("seed/merge_categories", categories),
                new SeedBatch("seed/merge_category_broader", broader));
    }
}
