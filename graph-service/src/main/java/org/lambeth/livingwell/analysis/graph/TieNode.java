package org.lambeth.livingwell.analysis.graph;

import java.util.Objects;

/**
 * A node of the projected network: a person, an organisation or an asset.
 *
 * @param id    the node's id in the graph store
 * @param kind  {@code PERSON}, {@code ORGANISATION} or {@code ASSET}
 * @param side  the id of the locality (e.g. {@code "half-north"}) the node belongs to for the analysis, or null
 * @param label a display name (a pseudonym for people), or null
 */
public record TieNode(String id, String kind, String side, String label) {

    public TieNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
