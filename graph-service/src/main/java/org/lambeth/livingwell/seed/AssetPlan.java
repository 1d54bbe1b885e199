package org.lambeth.livingwell.seed;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.lambeth.livingwell.asset.hours.AccessibilityText;
import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.asset.hours.OpeningHoursText;
import org.lambeth.livingwell.geo.BoundaryIndex;
import org.lambeth.livingwell.geo.GeoJsonFeature;
import org.lambeth.livingwell.geo.WgsCoordinate;

/**
 * The 406 council assets (2012) and the 10 libraries, with their categories and the localities that contain them
 * (point-in-polygon here, not the source's labels). Assets outside the borough stay, with {@code inBorough = false}.
 */
final class AssetPlan {

    static final String COUNCIL_ID = "org-lambeth-council";

    private final TaxonomyPlan taxonomy;
    private final LocalityPlan localities;
    private final List<Map<String, Object>> assets = new ArrayList<>();
    private final List<Map<String, Object>> categories = new ArrayList<>();
    private final List<Map<String, Object>> locatedIn = new ArrayList<>();
    private final List<Map<String, Object>> runs = new ArrayList<>();
    private final List<AssetPlace> places = new ArrayList<>();

    /** An asset's id and the ward it falls in (null outside the borough). */
    record AssetPlace(String id, String wardCode) {
    }

    AssetPlan(TaxonomyPlan taxonomy, LocalityPlan localities) {
        this.taxonomy = taxonomy;
        this.localities = localities;
    }

    private static final String COUNCIL_SOURCE = "Lambeth Council open data (2012), LambethCouncil/opendata_api";
    private static final double SAME_LIBRARY_METRES = 1_000;

    /**
     * The council's 2012 list, except its 10 libraries: the libraries dataset (2023) describes the same ten, at
     * their current sites, so each 2012 library record is merged into its nearest 2023 record (its id kept in
     * {@code sourceIds}) rather than shown twice.
     */
    void readCouncilAssets(List<GeoJsonFeature> councilLibraries) {
        for (var feature : SeedResources.features("lambeth/assets_lambeth_council_2012.geojson")) {
            if ("library".equals(feature.string("category"))) {
                councilLibraries.add(feature);
            } else {
                add(feature, COUNCIL_SOURCE, 2012, List.of());
            }
        }
    }

    void readLibraries(List<GeoJsonFeature> councilLibraries) {
        var unmatched = new ArrayList<>(councilLibraries);
        for (var feature : SeedResources.features("lambeth/assets_libraries.geojson")) {
            var match = unmatched.stream()
                    .filter(old -> metres(old, feature) <= SAME_LIBRARY_METRES)
                    .min(java.util.Comparator.comparingDouble(old -> metres(old, feature)));
            match.ifPresent(unmatched::remove);
            var id = add(feature, "Public libraries dataset (LibrariesHacked/librarydata-db)", 2023,
                    match.map(old -> List.of(old.string("id"))).orElse(List.of()));
            runs.add(Map.of("organisation", COUNCIL_ID, "asset", id));
        }
        unmatched.forEach(old -> runs.add(Map.of("organisation", COUNCIL_ID, "asset",
                add(old, COUNCIL_SOURCE, 2012, List.of()))));
    }

    private static double metres(GeoJsonFeature a, GeoJsonFeature b) {
        var p = a.geometry().getCoordinate();
        var q = b.geometry().getCoordinate();
        double dLat = Math.toRadians(q.y - p.y);
        double dLon = Math.toRadians(q.x - p.x) * Math.cos(Math.toRadians((p.y + q.y) / 2));
        return 6_371_008.8 * Math.sqrt(dLat * dLat + dLon * dLon);
    }

    private String add(GeoJsonFeature feature, String source, int dataYear, List<String> mergedSourceIds) {
        var id = feature.string("id");
        var categoryId = taxonomy.forSource(feature.string("category"));
        var point = feature.geometry().getCoordinate();
        var coordinate = new WgsCoordinate(point.y, point.x);
        var props = new LinkedHashMap<String, Object>();
        props.put("name", feature.string("name"));
        props.put("description", describe(feature, categoryId));
        SeedResources.putIfPresent(props, "address", feature.string("address"));
        SeedResources.putIfPresent(props, "postcode", feature.string("postcode"));
        SeedResources.putIfPresent(props, "phone", feature.string("phone"));
        SeedResources.putIfPresent(props, "uprn", feature.string("uprn"));
        SeedResources.putIfPresent(props, "website", feature.string("url"));
        SeedResources.putIfPresent(props, "email", feature.string("email"));
        var sourceIds = new ArrayList<String>(List.of(id));
        sourceIds.addAll(mergedSourceIds);
        props.put("sourceIds", sourceIds);
        props.put("sourceCategory", feature.string("category"));
        props.put("source", source);
        props.put("dataYear", (long) dataYear);
        props.put("updatedAt", ZonedDateTime.of(dataYear, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        var hours = openingHours(feature, id);
        if (!hours.isEmpty()) {
            props.put("weeklyOpen", boxed(hours.weeklyOpen()));
            props.put("openExceptions", boxed(hours.openExceptions()));
        }
        var facilities = feature.string("toilets");
        if (facilities != null) {
            props.put("accessibility", AccessibilityText.fromToiletFacilities(facilities));
        }
        addPlaced(id, props, coordinate, categoryId);
        return id;
    }

    /** Adds an asset at a coordinate: its category and the localities containing it. */
    void addPlaced(String id, Map<String, Object> props, WgsCoordinate coordinate, String categoryId) {
        var containing = localities.index().placement(coordinate, localities::kindOf, localities::groupingsOf);
        boolean inBorough = !containing.isEmpty();
        props.put("inBorough", inBorough);
        props.putIfAbsent("visibility", "PUBLIC");
        var free = taxonomy.free(categoryId);
        if (free != null) {
            props.putIfAbsent("free", free);
        }
        assets.add(Map.of("id", id, "props", props, "lat", coordinate.latitude(), "lon", coordinate.longitude()));
        categories.add(Map.of("asset", id, "category", taxonomy.require(categoryId)));
        containing.forEach(locality -> locatedIn.add(Map.of("asset", id, "locality", locality)));
        var ward = containing.stream().filter(l -> BoundaryIndex.WARD.equals(localities.kindOf(l))).findFirst().orElse(null);
        places.add(new AssetPlace(id, ward));
    }

    void addRun(String organisationId, String assetId) {
        runs.add(Map.of("organisation", organisationId, "asset", assetId));
    }

    private String describe(GeoJsonFeature feature, String categoryId) {
        var text = new StringJoiner(". ");
        text.add(taxonomy.name(categoryId));
        putIfPresent(text, feature.string("phase"));
        putIfPresent(text, feature.string("notes"));
        putIfPresent(text, feature.string("accepts") == null ? null : "Accepts " + feature.string("accepts"));
        putIfPresent(text, feature.string("co_located_with") == null ? null
                : "Shares a building with " + feature.string("co_located_with"));
        return text.toString();
    }

    /**
     * Hours from the libraries' staffed_hours (a map of days) or the Community Toilet Scheme's notes ("Mon - Sat:
     * 08:00 - 20:00 Sun: Closed"); none for the other sources, which record no hours.
     */
    private static OpeningHours openingHours(GeoJsonFeature feature, String id) {
        try {
            if (feature.properties().get("staffed_hours") instanceof Map<?, ?> days) {
                var byDay = new LinkedHashMap<String, String>();
                days.forEach((day, span) -> byDay.put(String.valueOf(day), span == null ? null : String.valueOf(span)));
                return OpeningHoursText.fromDayMap(byDay);
            }
            if ("community_toilet".equals(feature.string("category")) && feature.string("notes") != null) {
                return OpeningHoursText.fromSchemeNotes(feature.string("notes"));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("asset " + id + ": opening hours: " + e.getMessage(), e);
        }
        return OpeningHours.none();
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static void putIfPresent(StringJoiner joiner, String value) {
        if (value != null && !value.isBlank()) {
            joiner.add(value.strip());
        }
    }

    List<AssetPlace> places() {
        return places;
    }

    List<SeedBatch> batches() {
        return List.of(new SeedBatch("seed/merge_assets", assets),
                new SeedBatch("seed/merge_asset_categories", categories),
                new SeedBatch("seed/merge_asset_located_in", locatedIn),
                new SeedBatch("seed/merge_asset_runs", runs));
    }
}
