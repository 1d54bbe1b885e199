package org.lambeth.livingwell.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.lambeth.livingwell.geo.Postcode;
import org.lambeth.livingwell.geo.WgsCoordinate;

/** Code-Point Open postcode centroids: Lambeth's and those just across the border, for offline lookup. */
final class PostcodePlan {

    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final Map<String, WgsCoordinate> byKey = new HashMap<>();

    static PostcodePlan read() {
        var plan = new PostcodePlan();
        SeedResources.csv("lambeth/lambeth_postcodes.csv").forEach(r -> plan.add(r, true));
        SeedResources.csv("lambeth/nearby_postcodes_outside_lambeth.csv").forEach(r -> plan.add(r, false));
        return plan;
    }

    private void add(CSVRecord record, boolean lambeth) {
        var postcode = Postcode.parse(record.get("postcode"));
        var coordinate = new WgsCoordinate(Double.parseDouble(record.get("lat")), Double.parseDouble(record.get("lon")));
        var props = new LinkedHashMap<String, Object>();
        props.put("postcode", postcode.value());
        props.put("inLambeth", lambeth);
        props.put("positionalQuality", Long.parseLong(record.get("positional_quality")));
        var ward = SeedResources.cell(record, "ward_code");
        if (ward != null) {
            props.put("wardCode", ward);
        }
        var district = SeedResources.cell(record, "lad_name");
        props.put("district", district == null ? "Lambeth" : district);
        props.put("source", "OS Code-Point Open (OGL v3)");
        rows.add(Map.of("id", postcode.key(), "props", props, "lat", coordinate.latitude(),
                "lon", coordinate.longitude()));
        byKey.put(postcode.key(), coordinate);
    }

    WgsCoordinate locate(String postcode) {
        var coordinate = byKey.get(Postcode.parse(postcode).key());
        if (coordinate == null) {
            throw new IllegalArgumentException("postcode " + postcode + " is not in the postcode table");
        }
        return coordinate;
    }

    int size() {
        return rows.size();
    }

    List<SeedBatch> batches() {
        return List.of(new SeedBatch("seed/merge_postcodes", rows));
    }
}
