package org.lambeth.livingwell.export;

import java.util.List;
import java.util.Locale;

/**
 * The network as the Kumu and GraphML exports show it: organisations, assets and (for PEER_SUPPORTER and above)
 * people under pseudonyms, and the ties between them. Held in memory: it is the network of the Collaborative (tens
 * of organisations, the assets they run or people were introduced to, about a thousand people), not the asset map.
 */
record Network(List<Element> elements, List<Connection> connections) {

    /**
     * An element.
     *
     * @param id "organisation:&lt;id&gt;", "asset:&lt;id&gt;" or "person:&lt;n&gt;" (never a person's graph id)
     * @param type Organisation, Asset or Person
     * @param label a name, or a person's pseudonym
     * @param kind an organisation's type (NHS_TRUST, ...), an asset's visibility, a person's role in the network (only
     *        for viewers who may name individuals; see {@link NetworkAssembler})
     * @param half North Lambeth or South Lambeth where known (for a person, and a viewer who may not name
     *        individuals, only where enough people share it), else null
     * @param categories an asset's category names (empty for the others)
     */
    record Element(String id, String type, String label, String kind, String half, String description,
            String website, List<String> categories) {
    }

    /**
     * A tie.
     *
     * @param id "c1".."cN" in the order written, unique within the export
     * @param relationship the graph's relationship type: WORKS_WITH, RUNS, MEMBER_OF, KNOWS or INTRODUCED
     * @param kind WORKS_WITH's kind (COLLABORATION, COORDINATION, CONTRACT, ALLIANCE), else null
     * @param since, until, on ISO-8601 dates where recorded
     * @param outcome an introduction's outcome where recorded
     */
    record Connection(String id, String from, String to, String relationship, String kind, Double strength,
            String since, String until, String on, String outcome) {

        /** Kumu's connection type: WORKS_WITH by its kind ("collaboration"), the others by name ("member of"). */
        String type() {
            var name = "WORKS_WITH".equals(relationship) && kind != null ? kind : relationship;
            return name.toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** Working together and knowing someone go both ways; running, membership and introductions one way. */
        String direction() {
            return "WORKS_WITH".equals(relationship) || "KNOWS".equals(relationship) ? "undirected" : "directed";
        }
    }
}
