package org.lambeth.livingwell.party;

import java.util.Map;

import org.lambeth.livingwell.api.OffsetCursor;
import org.lambeth.livingwell.api.PageInfo;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Reads organisations. */
@Service
public class OrganisationService {

    static final int MAX_PAGE = 200;

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;

    OrganisationService(Neo4jClient neo4j, CypherCatalogue cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    OrganisationConnection listOrganisations(Integer first, String after) {
        int size = OffsetCursor.pageSize(first, MAX_PAGE, "first");
        int offset = OffsetCursor.startAfter(after, "after");
        var rows = neo4j.query(cypher.get("party/list_organisations"))
                .bindAll(Map.of("skip", offset, "limit", size)).fetch().all();
        long total = neo4j.query(cypher.get("party/count_organisations")).fetchAs(Long.class).one().orElse(0L);
        @SuppressWarnings("unchecked")
        var edges = OffsetCursor.edges(offset, rows, (cursor, row) -> new OrganisationConnection.OrganisationEdge(
                cursor, OrganisationView.fromMap((Map<String, Object>) row.get("organisation"))));
        return new OrganisationConnection(edges, PageInfo.of(offset, edges.size(), total), total);
    }
}
