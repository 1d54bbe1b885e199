package org.lambeth.livingwell.seeds.network;

import java.util.List;

/** Which organisations suit a person in a given half. */
final class OrganisationChoice {

    private OrganisationChoice() {
    }

    /** Organisations in the half or borough-wide; all of them if none are. */
    static List<OrganisationRef> inOrNear(List<OrganisationRef> organisations, String half) {
        List<OrganisationRef> near = organisations.stream()
                .filter(o -> o.half() == null || o.half().equals(half))
                .toList();
        return near.isEmpty() ? organisations : near;
    }
}
