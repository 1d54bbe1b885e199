package org.lambeth.livingwell.openreferral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The feed's one taxonomy (the map's categories, hierarchical through BROADER) and its terms. */
final class Taxonomy {

    static final String NAME = "Living Well Map categories";

    private Taxonomy() {
    }

    static Map<String, Object> taxonomy() {
        var taxonomy = new LinkedHashMap<String, Object>();
        taxonomy.put("id", OpenReferralIds.TAXONOMY.toString());
        taxonomy.put("name", NAME);
        taxonomy.put("description", "The categories of community assets on the Lambeth Living Well Map; a category's"
                + " parent is its broader category.");
        return taxonomy;
    }

    /** A category row (id, name, description, parentId) as a taxonomy_term. */
    static Map<String, Object> term(Map<String, ?> category) {
        var term = new LinkedHashMap<String, Object>();
        term.put("id", OpenReferralIds.taxonomyTerm((String) category.get("id")).toString());
        if (category.get("parentId") instanceof String parent) {
            term.put("parent_id", OpenReferralIds.taxonomyTerm(parent).toString());
        }
        term.put("taxonomy", NAME);
        term.put("taxonomy_id", OpenReferralIds.TAXONOMY.toString());
        term.put("term", category.get("name"));
        term.put("code", category.get("id"));
        if (category.get("description") instanceof String description) {
            term.put("description", description);
        }
        return term;
    }

    /** The category whose term has this UUID, among the categories given. */
    static String categoryOf(String termId, List<Map<String, Object>> categories) {
        for (var category : categories) {
            if (OpenReferralIds.taxonomyTerm((String) category.get("id")).toString().equals(termId)) {
                return (String) category.get("id");
            }
        }
        return null;
    }

    /** An organisation row (id, name, description, website) as an organization. */
    static Map<String, Object> organization(Map<String, ?> organisation) {
        var organization = new LinkedHashMap<String, Object>();
        organization.put("id", OpenReferralIds.organization((String) organisation.get("id")).toString());
        organization.put("name", organisation.get("name"));
        organization.put("description", organisation.get("description") instanceof String description
                && !description.isBlank() ? description : organisation.get("name"));
        var website = Links.web(organisation.get("website"));
        if (website != null) {
            organization.put("website", website);
        }
        return organization;
    }
}
