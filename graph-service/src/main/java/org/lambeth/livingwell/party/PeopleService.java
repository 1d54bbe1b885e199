package org.lambeth.livingwell.party;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lambeth.livingwell.api.ForbiddenException;
import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.api.OffsetCursor;
import org.lambeth.livingwell.api.PageInfo;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads people, each with their ward and skills in the same statement (one round trip a request). People are never
 * shown to PUBLIC; contact details only where the person consented, and only when asked for.
 */
@Service
public class PeopleService {

    static final int MAX_PAGE = 200;

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;

    PeopleService(Neo4jClient neo4j, CypherCatalogue cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /** A page of people by display name, optionally only those offering {@code skill} or placed in {@code locality}. */
    PersonConnection listPeople(Viewer viewer, PeopleQuery query, boolean withContact) {
        checkMaySeePeople(viewer);
        int size = OffsetCursor.pageSize(query.first(), MAX_PAGE, "first");
        int offset = OffsetCursor.startAfter(query.after(), "after");
        var parameters = new HashMap<String, Object>();
        parameters.put("skill", query.skill());
        parameters.put("locality", query.locality());
        parameters.put("skip", offset);
        parameters.put("limit", size);
        parameters.put("withContact", withContact);
        var row = neo4j.query(cypher.get("party/list_people")).bindAll(parameters).fetch().one().orElseThrow();
        checkFilter(query, row);
        @SuppressWarnings("unchecked")
        var people = (List<Map<String, Object>>) row.get("people");
        long total = ((Number) row.get("total")).longValue();
        var edges = OffsetCursor.edges(offset, people,
                (cursor, person) -> new PersonConnection.PersonEdge(cursor, PersonView.fromMap(person)));
        return new PersonConnection(edges, PageInfo.of(offset, edges.size(), total), total);
    }

    /** The person with this id, if any. */
    Optional<PersonView> findPerson(Viewer viewer, String id, boolean withContact) {
        checkMaySeePeople(viewer);
        return neo4j.query(cypher.get("party/find_person")).bindAll(Map.of("id", id, "withContact", withContact))
                .fetch().one().map(row -> {
                    @SuppressWarnings("unchecked")
                    var person = (Map<String, Object>) row.get("person");
                    return PersonView.fromMap(person);
                });
    }

    /** The skill catalogue by name. */
    List<SkillView> listSkills(Viewer viewer) {
        checkMaySeePeople(viewer);
        return List.copyOf(neo4j.query(cypher.get("party/list_skills")).fetchAs(SkillView.class)
                .mappedBy((types, r) -> new SkillView(r.get("id").asString(), r.get("name").asString())).all());
    }

    /** The schema already requires PEER_SUPPORTER: checked again so that no other path can reach people. */
    static void checkMaySeePeople(Viewer viewer) {
        if (!viewer.may(Role.PEER_SUPPORTER)) {
            throw new ForbiddenException("people are shown to peer supporters and above only");
        }
    }

    private static void checkFilter(PeopleQuery query, Map<String, Object> row) {
        if (!Boolean.TRUE.equals(row.get("skillFound"))) {
            throw new InvalidArgumentException("skill", "no skill has this id (see skills)");
        }
        if (query.locality() == null) {
            return;
        }
        var kind = row.get("localityKind");
        if (kind == null) {
            throw new InvalidArgumentException("locality", "no locality has this id (see localities)");
        }
        if ("LSOA".equals(kind)) {
            throw new InvalidArgumentException("locality", "people are placed by ward: give a ward or a grouping "
                    + "of wards, not an LSOA");
        }
    }

    /** The arguments of {@code people}. */
    record PeopleQuery(Integer first, String after, String skill, String locality) {
    }
}
