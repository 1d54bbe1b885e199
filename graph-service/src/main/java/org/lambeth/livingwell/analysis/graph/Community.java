package org.lambeth.livingwell.analysis.graph;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One community found in the network: a group more tightly tied within than to the rest.
 *
 * @param id              0 for the largest community, then 1, 2, ... by decreasing size
 * @param members         member ids, sorted
 * @param sideMix         the number of members on each side ({@value DepartureImpact#NO_SIDE} for no side), sorted
 * @param bridgingMembers up to 10 members tied to other communities, most such ties first, then by id
 */
public record Community(int id, List<String> members, Map<String, Integer> sideMix, List<String> bridgingMembers) {

    public Community {
        members = List.copyOf(members);
        sideMix = Collections.unmodifiableMap(new TreeMap<>(sideMix));
        bridgingMembers = List.copyOf(bridgingMembers);
    }
}
