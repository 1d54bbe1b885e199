package org.lambeth.livingwell.party;

import java.util.List;

import org.lambeth.livingwell.api.PageInfo;

/** A page of organisations. */
record OrganisationConnection(List<OrganisationEdge> edges, PageInfo pageInfo, long totalCount) {

    record OrganisationEdge(String cursor, OrganisationView node) {
    }
}
