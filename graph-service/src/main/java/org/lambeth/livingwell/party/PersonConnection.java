package org.lambeth.livingwell.party;

import java.util.List;

import org.lambeth.livingwell.api.PageInfo;

/** A page of people. */
record PersonConnection(List<PersonEdge> edges, PageInfo pageInfo, long totalCount) {

    record PersonEdge(String cursor, PersonView node) {
    }
}
