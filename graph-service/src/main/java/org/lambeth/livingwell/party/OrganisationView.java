package org.lambeth.livingwell.party;

import java.util.Map;

/** An organisation as GraphQL shows it. */
public record OrganisationView(String id, String name, String type, String description, String website) {

    /** From a Cypher map projection {@code o {.id, .name, .type, .description, .website}}. */
    public static OrganisationView fromMap(Map<String, Object> map) {
        return new OrganisationView((String) map.get("id"), (String) map.get("name"), (String) map.get("type"),
                (String) map.get("description"), (String) map.get("website"));
    }
}
