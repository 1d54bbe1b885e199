package org.lambeth.livingwell.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.lambeth.livingwell.geo.BoundaryIndex;
import org.lambeth.livingwell.geo.GeoJsonFeature;
import org.lambeth.livingwell.geo.Geometries;
import org.locationtech.jts.geom.Geometry;

/**
 * The borough, its wards and LSOAs, and the ward groupings (North/South halves, three-way) as localities whose
 * boundaries are the union of their wards. Also the index used to place points in them.
 */
final class LocalityPlan {

    static final String BOROUGH_ID = "E09000022";
    private static final String SOURCE = "ONS/OS boundaries via Lambeth-Open-Data (OGL v3)";

    private final List<Map<String, Object>> localities = new ArrayList<>();
    private final List<Map<String, Object>> partOf = new ArrayList<>();
    private final Map<String, Geometry> boundaries = new TreeMap<>();
    private final Map<String, String> kinds = new java.util.HashMap<>();
    private final List<WardSummary> wards = new ArrayList<>();
    private BoundaryIndex index;

    /** A ward's code, name and default grouping. */
    record WardSummary(String code, String name, String half, String third) {
    }

    static LocalityPlan read() {
        var plan = new LocalityPlan();
        plan.addBorough(SeedResources.features("lambeth/lambeth_boundary.geojson").getFirst());
        var wardFeatures = SeedResources.features("lambeth/lambeth_wards.geojson");
        wardFeatures.forEach(plan::addWard);
        plan.addGroupings(wardFeatures, "half", "HALF", Map.of("north", "North Lambeth", "south", "South Lambeth"));
        plan.addGroupings(wardFeatures, "locality_3way", "THIRD",
                Map.of("north", "North Lambeth (three-way)", "central", "Central Lambeth", "south",
                        "South Lambeth (three-way)"));
        SeedResources.features("lambeth/lambeth_lsoa21.geojson").forEach(plan::addLsoa);
        plan.index = new BoundaryIndex(plan.boundaries);
        plan.linkLsoasToWards();
        return plan;
    }

    private void addBorough(GeoJsonFeature feature) {
        add(BOROUGH_ID, "Lambeth", "BOROUGH", feature.geometry(), Map.of());
    }

    private void addWard(GeoJsonFeature ward) {
        var code = ward.string("ward_code");
        var half = ward.string("half");
        var third = ward.string("locality_3way");
        add(code, ward.string("ward_name"), "WARD", ward.geometry(), Map.of(
                "half", half.toUpperCase(Locale.ROOT), "third", third.toUpperCase(Locale.ROOT),
                "councillors", ((Number) ward.properties().get("councillors")).longValue(),
                "electorate", ((Number) ward.properties().get("electorate_current")).longValue()));
        wards.add(new WardSummary(code, ward.string("ward_name"), half, third));
        partOf.add(Map.of("child", code, "parent", BOROUGH_ID));
        partOf.add(Map.of("child", code, "parent", "half-" + half));
        partOf.add(Map.of("child", code, "parent", "third-" + third));
    }

    private void addGroupings(List<GeoJsonFeature> wardFeatures, String property, String kind,
            Map<String, String> names) {
        var groups = new TreeMap<String, List<Geometry>>();
        wardFeatures.forEach(w -> groups.computeIfAbsent(w.string(property), k -> new ArrayList<>()).add(w.geometry()));
        var prefix = kind.equals("HALF") ? "half-" : "third-";
        groups.forEach((group, parts) -> {
            add(prefix + group, names.get(group), kind, Geometries.union(parts),
                    Map.of("grouping", property.equals("half") ? "half" : "three-way", "derived", true));
            partOf.add(Map.of("child", prefix + group, "parent", BOROUGH_ID));
        });
    }

    private void addLsoa(GeoJsonFeature lsoa) {
        var code = lsoa.string("lsoa21cd");
        add(code, lsoa.string("lsoa21nm"), "LSOA", lsoa.geometry(), Map.of("msoaName", lsoa.string("msoa21nm")));
    }

    private void add(String id, String name, String kind, Geometry boundary, Map<String, Object> extra) {
        var props = new LinkedHashMap<String, Object>(extra);
        props.put("name", name);
        props.put("kind", kind);
        props.put("boundary", Geometries.write(boundary));
        props.put("source", SOURCE);
        var centre = boundary.getInteriorPoint();
        localities.add(Map.of("id", id, "props", props, "lat", centre.getY(), "lon", centre.getX()));
        boundaries.put(id, boundary);
        kinds.put(id, kind);
    }

    /** LSOAs belong to the ward that contains their interior point (computed here, not copied from the source). */
    private void linkLsoasToWards() {
        for (var row : localities) {
            if (!"LSOA".equals(kinds.get((String) row.get("id")))) {
                continue;
            }
            var centre = new org.lambeth.livingwell.geo.WgsCoordinate((double) row.get("lat"), (double) row.get("lon"));
            index.containing(centre).stream().filter(id -> "WARD".equals(kinds.get(id)))
                    .findFirst().ifPresent(ward -> partOf.add(Map.of("child", row.get("id"), "parent", ward)));
        }
    }

    /** The kind of a locality id (BOROUGH, HALF, THIRD, WARD, LSOA). */
    String kindOf(String id) {
        var kind = kinds.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("no locality " + id);
        }
        return kind;
    }

    /** The localities a ward is part of (its half, third and borough), as merge_locality_part_of links them. */
    List<String> groupingsOf(String wardCode) {
        return partOf.stream().filter(link -> link.get("child").equals(wardCode))
                .map(link -> (String) link.get("parent")).toList();
    }

    /** Point-in-polygon over every locality's boundary. */
    BoundaryIndex index() {
        return index;
    }

    List<WardSummary> wards() {
        return wards;
    }

    List<SeedBatch> batches() {
        return List.of(new SeedBatch("seed/merge_localities", localities),
                new SeedBatch("seed/merge_locality_part_of", partOf));
    }
}
