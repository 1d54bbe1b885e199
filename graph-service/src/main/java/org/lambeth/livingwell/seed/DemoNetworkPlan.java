package org.lambeth.livingwell.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lambeth.livingwell.seeds.network.AssetRef;
import org.lambeth.livingwell.seeds.network.DemoNetwork;
import org.lambeth.livingwell.seeds.network.DemoNetworkGenerator;
import org.lambeth.livingwell.seeds.network.DemoTie;
import org.lambeth.livingwell.seeds.network.OrganisationRef;
import org.lambeth.livingwell.seeds.network.WardRef;

/**
 * The demo network of pseudonymous people, generated deterministically from a fixed seed. Every record it writes
 * carries {@code demo: true}.
 */
final class DemoNetworkPlan {

    private static final Set<String> DATE_KEYS = Set.of("since", "until", "on");

    /** Named in the review as not at the table: no demo person is a member of them or introduced to them. */
    private static final Set<String> NOT_AT_THE_TABLE = Set.of("org-met-police-lambeth",
            "org-tenants-residents-associations");

    private final DemoNetwork network;

    DemoNetworkPlan(DemoNetwork network) {
        this.network = network;
    }

    static DemoNetworkPlan generate(long seed, int people, LocalityPlan localities, OrganisationPlan organisations,
            AssetPlan assets) {
        var wards = localities.wards().stream().map(w -> new WardRef(w.code(), w.half())).toList();
        var orgs = organisations.organisationIds().stream().filter(id -> !NOT_AT_THE_TABLE.contains(id))
                .map(id -> new OrganisationRef(id, null)).toList();
        var places = assets.places().stream().map(p -> new AssetRef(p.id(), p.wardCode())).toList();
        return new DemoNetworkPlan(new DemoNetworkGenerator(seed).generate(wards, orgs, places, people));
    }

    List<SeedBatch> batches() {
        var people = new ArrayList<Map<String, Object>>();
        var homes = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < network.people().size(); i++) {
            var person = network.people().get(i);
            var props = new LinkedHashMap<String, Object>(Map.of("displayName", person.displayName(),
                    "role", person.role(), "demo", true, "source", "demo network (generated)"));
            props.putAll(DemoContacts.of(person, i));
            people.add(Map.of("id", person.id(), "props", props));
            homes.add(Map.of("person", person.id(), "locality", person.wardCode()));
        }
        var skills = network.skills().stream()
                .map(s -> Map.<String, Object>of("id", s.id(), "props", Map.of("name", s.name(), "demo", true)))
                .toList();
        var batches = new ArrayList<SeedBatch>(List.of(new SeedBatch("seed/merge_people", people),
                new SeedBatch("seed/merge_person_located_in", homes), new SeedBatch("seed/merge_skills", skills)));
        var byStatement = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (var tie : network.ties()) {
            byStatement.computeIfAbsent(statement(tie), s -> new ArrayList<>())
                    .add(Map.of("from", tie.fromId(), "to", tie.toId(), "props", storable(tie.properties())));
        }
        byStatement.forEach((statement, rows) -> batches.add(new SeedBatch(statement, rows)));
        return batches;
    }

    private static String statement(DemoTie tie) {
        return switch (tie.type()) {
            case "KNOWS" -> "seed/merge_person_knows";
            case "HAS_SKILL" -> "seed/merge_person_has_skill";
            case "MEMBER_OF" -> "seed/merge_person_member_of";
            case "INTRODUCED" -> tie.toId().startsWith("org-") ? "seed/merge_person_introduced_organisation"
                    : "seed/merge_person_introduced_asset";
            default -> throw new IllegalArgumentException("demo network: unknown tie type " + tie.type());
        };
    }

    /** Dates as Neo4j dates, so the network can be read as of a date. */
    private static Map<String, Object> storable(Map<String, Object> properties) {
        var props = new LinkedHashMap<String, Object>();
        properties.forEach((key, value) -> props.put(key,
                DATE_KEYS.contains(key) && value instanceof String s ? LocalDate.parse(s) : value));
        return props;
    }

    int people() {
        return network.people().size();
    }
}
