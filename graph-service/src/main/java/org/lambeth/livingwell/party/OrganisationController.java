package org.lambeth.livingwell.party;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code organisations(first, after)}. */
@Controller
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @QueryMapping
    OrganisationConnection organisations(@Argument Integer first, @Argument String after) {
        return organisations.listOrganisations(first, after);
    }
}
