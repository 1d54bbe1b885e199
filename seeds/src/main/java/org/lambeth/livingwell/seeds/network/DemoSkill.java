package org.lambeth.livingwell.seeds.network;

import java.util.Objects;

/**
 * Something a demo person offers: one of an individual's assets.
 *
 * @param id   {@code skill-<slug>}, for example {@code skill-gardening}
 * @param name a human-readable name, for example {@code "Gardening"}
 */
public record DemoSkill(String id, String name) {

    /** Checks both values are present. */
    public DemoSkill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
