package org.lambeth.livingwell.seeds.network;

import java.util.Objects;

/**
 * An asset that demo people may be introduced to.
 *
 * @param id       the asset's id
 * @param wardCode the ward the asset lies in, or {@code null} when it lies outside the borough
 */
public record AssetRef(String id, String wardCode) {

    /** Checks the id is present. */
    public AssetRef {
        Objects.requireNonNull(id, "id");
    }
}
