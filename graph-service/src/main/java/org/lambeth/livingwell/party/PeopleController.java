package org.lambeth.livingwell.party;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code people}, {@code person} and {@code skills}. A person's ward and skills come with them (one statement a
 * request); their contact details are read only when the query selects them.
 */
@Controller
class PeopleController {

    private final PeopleService people;

    PeopleController(PeopleService people) {
        this.people = people;
    }

    @QueryMapping
    PersonConnection people(@Argument Integer first, @Argument String after, @Argument String skill,
            @Argument String locality, DataFetchingEnvironment env) {
        var query = new PeopleService.PeopleQuery(first, after, skill, locality);
        return people.listPeople(Viewer.of(env), query, env.getSelectionSet().contains("edges/node/contact"));
    }

    @QueryMapping
    PersonView person(@Argument String id, DataFetchingEnvironment env) {
        return people.findPerson(Viewer.of(env), id, env.getSelectionSet().contains("contact")).orElse(null);
    }

    @QueryMapping
    List<SkillView> skills(DataFetchingEnvironment env) {
        return people.listSkills(Viewer.of(env));
    }

    /** Checked again here, whatever path led to the person, so that a new one cannot leak contact details. */
    @SchemaMapping(typeName = "Person")
    PersonContact contact(PersonView person, DataFetchingEnvironment env) {
        return Viewer.of(env).may(Role.PEER_SUPPORTER) ? person.contact() : null;
    }
}
