package org.lambeth.livingwell.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/** Point-in-polygon over many boundaries: an STR-tree of prepared geometries, keyed by locality id. */
public final class BoundaryIndex {

    /** The kind of the locality a point must lie in to lie in any. */
    public static final String BOROUGH = "BOROUGH";
    /** The kind whose boundary decides the groupings (halves, thirds) a point lies in. */
    public static final String WARD = "WARD";
    /** The census areas: placed by their own boundaries, never used to reach a ward. */
    public static final String LSOA = "LSOA";

    private record Entry(String id, PreparedGeometry geometry) {
    }

    private final STRtree tree = new STRtree();

    public BoundaryIndex(Map<String, Geometry> boundaries) {
        boundaries.forEach((id, geometry) -> tree.insert(geometry.getEnvelopeInternal(),
                new Entry(id, PreparedGeometryFactory.prepare(geometry))));
        tree.build();
    }

    /**
     * An index over boundaries stored as GeoJSON geometry text (such as the graph's Locality boundaries), keyed by
     * id; a slightly invalid polygon (rounding on storage) is repaired as {@link Geometries#readRepairing} does.
     */
    public static BoundaryIndex fromGeoJson(Map<String, String> boundaries) {
        var geometries = new LinkedHashMap<String, Geometry>();
        boundaries.forEach((id, geoJson) -> geometries.put(id, Geometries.readRepairing(geoJson)));
        return new BoundaryIndex(geometries);
    }

    /**
     * Where a point lies, by the project's one rule: the borough, the ward and the LSOA whose boundaries cover it
     * (on an edge shared by two of a kind, the lower id: ids are sorted), and the groupings (half, third) of that
     * ward, whatever their own outlines say, so that a point's half is always its ward's half; nothing at all when
     * the borough does not cover it (LSOA outlines are not river-clipped: outside the borough means in none of its
     * localities). Sorted by id.
     *
     * @param kindOf      the kind of a boundary id (BOROUGH, HALF, THIRD, WARD, LSOA)
     * @param groupingsOf the localities a ward is part of (its half, third and borough)
     */
    public List<String> placement(WgsCoordinate coordinate, Function<String, String> kindOf,
            Function<String, ? extends Collection<String>> groupingsOf) {
        var first = new HashMap<String, String>();
        containing(coordinate).forEach(id -> first.putIfAbsent(kindOf.apply(id), id));
        if (!first.containsKey(BOROUGH)) {
            return List.of();
        }
        var placed = new TreeSet<String>();
        placed.add(first.get(BOROUGH));
        var ward = first.get(WARD);
        if (ward != null) {
            placed.add(ward);
            placed.addAll(groupingsOf.apply(ward));
        }
        if (first.containsKey(LSOA)) {
            placed.add(first.get(LSOA));
        }
        return List.copyOf(placed);
    }

    /** The ids of the boundaries that cover the point (boundary included), sorted. */
    public List<String> containing(WgsCoordinate coordinate) {
        var point = Geometries.point(coordinate);
        var ids = new ArrayList<String>();
        for (Object candidate : tree.query(point.getEnvelopeInternal())) {
            var entry = (Entry) candidate;
            if (entry.geometry().covers(point)) {
                ids.add(entry.id());
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }
}
