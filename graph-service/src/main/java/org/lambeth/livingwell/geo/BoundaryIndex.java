package org.lambeth.livingwell.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/** Point-in-polygon over many boundaries: an STR-tree of prepared geometries, keyed by locality id. */
public final class BoundaryIndex {

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
     * Where a point lies, by the project's one rule: the boundaries that cover it, the first of each kind (ids are
     * sorted; a point exactly on a shared edge is covered by both neighbours), and none at all when no boundary of
     * {@code outerKind} covers it (LSOA outlines are not river-clipped: outside the borough means in none of its
     * localities).
     *
     * @param kindOf the kind of a boundary id (BOROUGH, HALF, THIRD, WARD, LSOA)
     */
    public List<String> placement(WgsCoordinate coordinate, Function<String, String> kindOf, String outerKind) {
        var kinds = new HashSet<String>();
        var placed = containing(coordinate).stream().filter(id -> kinds.add(kindOf.apply(id))).toList();
        return kinds.contains(outerKind) ? placed : List.of();
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
