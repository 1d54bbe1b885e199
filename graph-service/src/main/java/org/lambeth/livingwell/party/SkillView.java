package org.lambeth.livingwell.party;

import java.util.Map;

/** A skill as GraphQL shows it: something a person offers. */
public record SkillView(String id, String name) {

    /** From a Cypher map projection {@code s {.id, .name}}. */
    static SkillView fromMap(Map<String, Object> map) {
        return new SkillView((String) map.get("id"), (String) map.get("name"));
    }
}
