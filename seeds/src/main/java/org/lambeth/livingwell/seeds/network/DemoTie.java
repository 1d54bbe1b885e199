package org.lambeth.livingwell.seeds.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A relationship in the demo network.
 *
 * <p>Types: {@code KNOWS} (person to person, undirected in meaning), {@code HAS_SKILL} (person to
 * skill), {@code MEMBER_OF} (person to organisation) and {@code INTRODUCED} (the introduced person to
 * an asset or organisation). Every tie has the properties {@code since} (ISO date) and {@code demo}
 * ({@code true}); ended ties have {@code until}; {@code KNOWS} and {@code MEMBER_OF} have
 * {@code strength} (0..1); {@code INTRODUCED} has {@code byPersonId}, {@code on} (ISO date) and
 * {@code outcome} ({@code ATTENDED}, {@code ONGOING}, {@code DECLINED} or {@code NO_SHOW}).
 *
 * @param type       the relationship type
 * @param fromId     the id of the start node
 * @param toId       the id of the end node
 * @param properties property values, each a {@link String}, {@link Long}, {@link Double} or
 *                   {@link Boolean} so that Neo4j can store it; iteration order is stable
 */
public record DemoTie(String type, String fromId, String toId, Map<String, Object> properties) {

    /** Checks values are present, copies the properties and checks that Neo4j can store each one. */
    public DemoTie {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        properties.forEach(DemoTie::checkStorable);
    }

    private static void checkStorable(String key, Object value) {
        boolean storable = value instanceof String || value instanceof Long
                || value instanceof Double || value instanceof Boolean;
        if (!storable) {
            throw new IllegalArgumentException("property " + key + " has an unstorable value: " + value);
        }
    }
}
