package org.lambeth.livingwell.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.locality.LocalityService;
import org.lambeth.livingwell.locality.LocalityView;
import org.springframework.stereotype.Component;

/** Checks the arguments of the analysis queries, with errors that name the argument. */
@Component
public class AnalysisArguments {

    /** The two halves every North–South figure compares unless asked otherwise. */
    public static final List<String> DEFAULT_SIDES = List.of("half-north", "half-south");

    private final LocalityService localities;

    AnalysisArguments(LocalityService localities) {
        this.localities = localities;
    }

    /** Two different, existing localities, in the order given. */
    List<LocalityView> between(List<String> between) {
        var ids = between == null || between.isEmpty() ? DEFAULT_SIDES : between;
        if (ids.size() != 2) {
            throw new InvalidArgumentException("between", "give exactly two locality ids, got " + ids.size());
        }
        if (ids.get(0).equals(ids.get(1))) {
            throw new InvalidArgumentException("between", "the two localities are the same ('" + ids.get(0) + "')");
        }
        var found = localities.findLocalities(ids);
        var sides = new ArrayList<LocalityView>();
        for (var id : ids) {
            var locality = found.get(id);
            if (locality == null) {
                throw new InvalidArgumentException("between", "no locality with id '" + id + "'");
            }
            sides.add(locality);
        }
        return sides;
    }

    /** An existing locality, or null for the whole network. */
    String scope(String scope) {
        if (scope != null && localities.findLocalities(List.of(scope)).isEmpty()) {
            throw new InvalidArgumentException("scope", "no locality with id '" + scope + "'");
        }
        return scope;
    }

    Set<String> kinds(List<String> kinds) {
        return kinds == null ? Set.of() : new LinkedHashSet<>(kinds);
    }

    int top(Integer top) {
        if (top == null || top < 1 || top > 100) {
            throw new InvalidArgumentException("top", "must be between 1 and 100, was " + top);
        }
        return top;
    }

    int hops(Integer hops) {
        if (hops == null || hops < 1 || hops > 4) {
            throw new InvalidArgumentException("hops", "must be between 1 and 4, was " + hops);
        }
        return hops;
    }

    /** Every id to remove must be a member of the network. */
    void remove(List<String> remove, Map<String, ?> members) {
        if (remove == null || remove.isEmpty()) {
            throw new InvalidArgumentException("remove", "give at least one member id to remove");
        }
        var unknown = remove.stream().filter(id -> !members.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidArgumentException("remove", "not members of the network: " + unknown);
        }
    }
}
