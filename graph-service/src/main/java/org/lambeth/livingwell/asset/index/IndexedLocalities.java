package org.lambeth.livingwell.asset.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.locality.LocalityView;

/** The localities as the cluster index holds them: each by a small number, for the facet counts per locality. */
public final class IndexedLocalities {

    private final List<LocalityView> views;
    private final Map<String, Integer> numbers = new HashMap<>();

    public IndexedLocalities(List<LocalityView> localities) {
        this.views = List.copyOf(localities);
        for (int i = 0; i < views.size(); i++) {
            numbers.put(views.get(i).id(), i);
        }
    }

    public int size() {
        return views.size();
    }

    /** The locality's number, or -1 when there is no such locality. */
    public int number(String id) {
        return numbers.getOrDefault(id, -1);
    }

    public LocalityView view(int number) {
        return views.get(number);
    }
}
