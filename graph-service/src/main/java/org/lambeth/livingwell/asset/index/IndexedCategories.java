package org.lambeth.livingwell.asset.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.asset.AssetView;

/** The category tree as the cluster index holds it: each category by a small number, with its sub-categories. */
public final class IndexedCategories {

    private final List<AssetView.CategoryView> views;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final int[] parents;

    public IndexedCategories(List<AssetView.CategoryView> categories) {
        this.views = List.copyOf(categories);
        for (int i = 0; i < views.size(); i++) {
            numbers.put(views.get(i).id(), i);
        }
        parents = new int[views.size()];
        for (int i = 0; i < views.size(); i++) {
            var parent = numbers.get(views.get(i).parentId());
            parents[i] = parent == null ? -1 : parent;
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(i);
            }
        }
    }

    public int size() {
        return views.size();
    }

    /** The category's number, or -1 when there is no such category. */
    public int number(String id) {
        return numbers.getOrDefault(id, -1);
    }

    public AssetView.CategoryView view(int number) {
        return views.get(number);
    }

    /** The broader category's number, or -1 for a top-level one. */
    public int parent(int number) {
        return parents[number];
    }

    /**
     * The categories a filter on {@code ids} matches (each with all its sub-categories), as a mask by number; null for
     * no filter. Unknown ids are refused, as the Cypher search refuses them.
     */
    public boolean[] mask(List<String> ids) {
        if (ids == null) {
            return null;
        }
        var unknown = ids.stream().filter(id -> !numbers.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new org.lambeth.livingwell.api.InvalidArgumentException("filter.categories",
                    "unknown category ids " + unknown);
        }
        var mask = new boolean[views.size()];
        var pending = new ArrayList<Integer>();
        ids.forEach(id -> pending.add(numbers.get(id)));
        while (!pending.isEmpty()) {
            int next = pending.removeLast();
            if (!mask[next]) {
                mask[next] = true;
                pending.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return mask;
    }
}
