package org.lambeth.livingwell.locality;

import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.types.MapAccessor;

/**
 * A locality as GraphQL lists it; its boundary and asset count are batch-loaded when asked for.
 *
 * @param id ONS code, or a slug for groupings
 * @param name display name
 * @param kind BOROUGH, HALF, THIRD, WARD or LSOA
 * @param half for wards, NORTH or SOUTH
 */
public record LocalityView(String id, String name, String kind, String half) {

    private static final List<String> KIND_ORDER = List.of("BOROUGH", "HALF", "THIRD", "WARD", "LSOA");

    /** From a row or map value with the fields id, name, kind and half (half may be null). */
    public static LocalityView of(MapAccessor row) {
        return new LocalityView(row.get("id").asString(), row.get("name").asString(), row.get("kind").asString(),
                row.get("half").asString(null));
    }

    /** By kind (borough first, LSOAs last), then name. */
    public static final Comparator<LocalityView> ORDER = Comparator
            .comparingInt((LocalityView l) -> KIND_ORDER.indexOf(l.kind()))
            .thenComparing(LocalityView::name);
}
