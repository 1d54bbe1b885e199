package org.lambeth.livingwell.party;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.locality.LocalityView;

/**
 * A person as GraphQL shows it, with their ward and skills read in the same statement. {@code contact} is null unless
 * they consented to share it and it was asked for. {@link #toString()} withholds every value, so a view that reaches
 * a log by accident carries nothing about the person.
 */
public record PersonView(String id, String displayName, String role, LocalityView locality, List<SkillView> skills,
        PersonContact contact) {

    /** From the {@code person} map projection of party/list_people and party/find_person. */
    @SuppressWarnings("unchecked")
    static PersonView fromMap(Map<String, Object> map) {
        var skills = ((List<Map<String, Object>>) map.get("skills")).stream().map(SkillView::fromMap)
                .sorted(Comparator.comparing(SkillView::name).thenComparing(SkillView::id)).toList();
        return new PersonView((String) map.get("id"), (String) map.get("displayName"), (String) map.get("role"),
                locality((Map<String, Object>) map.get("locality")), skills, PersonContact.fromMap(map.get("contact")));
    }

    private static LocalityView locality(Map<String, Object> map) {
        return map == null ? null : new LocalityView((String) map.get("id"), (String) map.get("name"),
                (String) map.get("kind"), (String) map.get("half"));
    }

    @Override
    public String toString() {
        return "PersonView[withheld]";
    }
}
