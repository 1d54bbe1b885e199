package org.lambeth.livingwell.seed;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The organisations named in the Collaborative's 2014 review, the assets it names (placed by postcode), and the ties
 * between them as the document describes them (seeds/network/*.csv).
 */
final class OrganisationPlan {

    private final List<Map<String, Object>> organisations = new ArrayList<>();
    private final Map<String, List<Map<String, Object>>> ties = new LinkedHashMap<>();
    private final List<String> organisationIds = new ArrayList<>();
    private final Map<String, String> runsAsset = new HashMap<>();

    static OrganisationPlan read(TaxonomyPlan taxonomy, PostcodePlan postcodes, AssetPlan assets) {
        var plan = new OrganisationPlan();
        SeedResources.csv("network/organisations.csv").forEach(plan::addOrganisation);
        for (var record : SeedResources.csv("network/network_assets.csv")) {
            plan.addAsset(record, taxonomy, postcodes, assets);
        }
        for (var record : SeedResources.csv("network/organisation_ties.csv")) {
            plan.addTie(record, assets);
        }
        return plan;
    }

    private void addOrganisation(CSVRecord record) {
        var props = new LinkedHashMap<String, Object>();
        props.put("name", record.get("name"));
        SeedResources.putIfPresent(props, "type", SeedResources.cell(record, "type"));
        SeedResources.putIfPresent(props, "description", SeedResources.cell(record, "description"));
        SeedResources.putIfPresent(props, "website", SeedResources.cell(record, "website"));
        props.put("source", "The Collaborative, 2014 review (hand-curated)");
        organisations.add(Map.of("id", record.get("id"), "props", props));
        organisationIds.add(record.get("id"));
    }

    /** When the review's records were last checked: its "Renewing the Juices" session, 11 December 2014. */
    private static final ZonedDateTime REVIEWED = ZonedDateTime.of(2014, 12, 11, 0, 0, 0, 0, ZoneOffset.UTC);

    private void addAsset(CSVRecord record, TaxonomyPlan taxonomy, PostcodePlan postcodes, AssetPlan assets) {
        var id = record.get("id");
        var props = new LinkedHashMap<String, Object>();
        props.put("name", record.get("name"));
        SeedResources.putIfPresent(props, "description", SeedResources.cell(record, "description"));
        SeedResources.putIfPresent(props, "address", SeedResources.cell(record, "address"));
        props.put("postcode", record.get("postcode"));
        props.put("sourceIds", List.of(id));
        props.put("source", "The Collaborative, 2014 review (hand-curated, placed at the postcode centroid)");
        props.put("updatedAt", REVIEWED);
        try {
            assets.addPlaced(id, props, postcodes.locate(record.get("postcode")), record.get("category"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("seeds/network/network_assets.csv row " + record.getRecordNumber()
                    + " (" + id + "): " + e.getMessage(), e);
        }
        var runBy = SeedResources.cell(record, "run_by");
        if (runBy != null) {
            requireOrganisation(runBy, "network_assets.csv row " + record.getRecordNumber());
            assets.addRun(runBy, id);
            runsAsset.put(id, runBy);
        }
    }

    private void addTie(CSVRecord record, AssetPlan assets) {
        var type = record.get("type");
        var from = record.get("from_id");
        var to = record.get("to_id");
        var where = "organisation_ties.csv row " + record.getRecordNumber();
        requireOrganisation(from, where);
        if (type.equals("RUNS") && !to.startsWith("org-")) {
            assets.addRun(from, to);
            return;
        }
        requireOrganisation(to, where);
        var props = new LinkedHashMap<String, Object>();
        props.put("since", LocalDate.parse(record.get("since")));
        var until = SeedResources.cell(record, "until");
        if (until != null) {
            props.put("until", LocalDate.parse(until));
        }
        var strength = SeedResources.cell(record, "strength");
        if (strength != null) {
            props.put("strength", Double.parseDouble(strength));
        }
        SeedResources.putIfPresent(props, "evidence", SeedResources.cell(record, "evidence"));
        var kind = SeedResources.cell(record, "kind");
        var row = new LinkedHashMap<String, Object>(Map.of("from", from, "to", to, "props", props));
        if (kind != null) {
            row.put("kind", kind);
        }
        var statement = switch (type) {
            case "MEMBER_OF" -> "seed/merge_organisation_member_of";
            case "WORKS_WITH" -> "seed/merge_organisation_works_with";
            case "RUNS" -> "seed/merge_organisation_runs";
            default -> throw new IllegalArgumentException(where + ": unknown tie type '" + type + "'");
        };
        if (type.equals("WORKS_WITH") && kind == null) {
            throw new IllegalArgumentException(where + ": WORKS_WITH needs a kind");
        }
        ties.computeIfAbsent(statement, s -> new ArrayList<>()).add(row);
    }

    private void requireOrganisation(String id, String where) {
        if (!organisationIds.contains(id)) {
            throw new IllegalArgumentException(where + ": unknown organisation id '" + id + "'");
        }
    }


    List<String> organisationIds() {
        return organisationIds;
    }

    /** Organisations first (assets refer to them); ties after the assets exist. */
    SeedBatch organisationBatch() {
        return new SeedBatch("seed/merge_organisations", organisations);
    }

    List<SeedBatch> tieBatches() {
        return ties.entrySet().stream().map(e -> new SeedBatch(e.getKey(), e.getValue())).toList();
    }
}
