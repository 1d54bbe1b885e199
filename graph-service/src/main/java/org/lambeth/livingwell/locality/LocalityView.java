package org.lambeth.livingwell.locality;

import java.util.Comparator;
import java.util.List;

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

    /** By kind (borough first, LSOAs last), then name. */
    public static final Comparator<LocalityView> ORDER = Comparator
            .comparingInt((LocalityView l) -> KIND_ORDER.indexOf(l.kind()))
            .thenComparing(LocalityView::name);
}
