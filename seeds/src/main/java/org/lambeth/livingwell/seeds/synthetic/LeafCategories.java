package org.lambeth.livingwell.seeds.synthetic;

import java.util.List;

/** The leaf categories of {@code seeds/taxonomy/categories.csv} (those with a parent), in file order. */
final class LeafCategories {

    /** A leaf category's id and display name. */
    record Leaf(String id, String name) {
    }

    private LeafCategories() {
    }

    static List<Leaf> read() {
        var leaves = SeedCsv.read("taxonomy/categories.csv").stream()
                .filter(row -> !row.get("parent_id").isBlank())
                .map(row -> new Leaf(row.get("id").strip(), row.get("name").strip()))
                .toList();
        if (leaves.isEmpty()) {
            throw new IllegalStateException("taxonomy/categories.csv has no leaf categories");
        }
        return leaves;
    }
}
