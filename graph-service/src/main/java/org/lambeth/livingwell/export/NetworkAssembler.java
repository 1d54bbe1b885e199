package org.lambeth.livingwell.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Builds one download's network from the rows as read, so that nothing in it ties a Person element to a person:
 * <ul>
 * <li>People get {@link Pseudonyms} drawn for this download, and their elements come out in the order of those
 * numbers (after the organisations and assets): the draw is the shuffle, so an element's place says no more than its
 * pseudonym does. Element ids are "person:n", from the pseudonym.</li>
 * <li>The ties that touch a person come out shuffled (after the organisations' ties, which keep the order read), and
 * connection ids ("c1".."cN") are numbered after the shuffle. Read in order, people's ties would otherwise follow
 * the order people are stored in, which is their id order.</li>
 * <li>KNOWS goes both ways: it is written from the lower pseudonym to the higher, not as stored (who was recorded
 * first is not the export's business).</li>
 * <li>Rows are put in an order of their own before any of this, so the order they were read in plays no part.</li>
 * <li>For viewers who may not name individuals ({@link Detail#ANONYMOUS}), a Person element carries no role: a rare
 * role names its holder, and the analyses show such viewers no role either. It keeps its North/South half only where
 * at least {@link #MIN_GROUP} people share the value (people with none count as a group too); otherwise the half is
 * dropped, for everyone if the people left without one would themselves be fewer.</li>
 * </ul>
 * Ties keep their dates, strength and outcome: {@code people} gives none of them, and they are what the export is
 * for.
 */
final class NetworkAssembler {

    /** The fewest people an attribute value of a Person element may stand for, for viewers who may not name them. */
    static final int MIN_GROUP = 10;

    /** How much a Person element says beyond its pseudonym. */
    enum Detail {
        /** Role and half, for viewers who may name individuals (LEAD and above). */
        FULL,
        /** Half where {@link #MIN_GROUP} people share it; never the role. */
        ANONYMOUS
    }

    /** A row of export/list_network_elements. {@code id} is a person's graph id for PERSON: it never leaves here. */
    record ElementRow(String element, String id, String label, String kind, String half, String description,
            String website, List<String> categories) {

        boolean person() {
            return "PERSON".equals(element);
        }
    }

    /** A row of export/list_network_connections, the ends as graph ids. */
    record TieRow(String fromElement, String fromId, String toElement, String toId, String relationship, String kind,
            Double strength, String since, String until, String on, String outcome) {

        boolean touchesPerson() {
            return "PERSON".equals(fromElement) || "PERSON".equals(toElement);
        }
    }

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<TieRow> TIE_ORDER = Comparator.comparing(TieRow::fromElement)
            .thenComparing(TieRow::fromId).thenComparing(TieRow::toElement).thenComparing(TieRow::toId)
            .thenComparing(TieRow::relationship).thenComparing(TieRow::kind, NULLS_FIRST)
            .thenComparing(TieRow::since, NULLS_FIRST).thenComparing(TieRow::until, NULLS_FIRST)
            .thenComparing(TieRow::on, NULLS_FIRST).thenComparing(TieRow::outcome, NULLS_FIRST)
            .thenComparing(TieRow::strength, Comparator.nullsFirst(Comparator.naturalOrder()));

    private NetworkAssembler() {
    }

    /** The network of one download; {@code random} draws the pseudonyms and the order of people's ties. */
    static Network assemble(List<ElementRow> elementRows, List<TieRow> tieRows, Detail detail,
            RandomGenerator random) {
        var people = elementRows.stream().filter(ElementRow::person).toList();
        var pseudonyms = Pseudonyms.draw(people.stream().map(ElementRow::id).toList(), random);
        var halves = detail == Detail.FULL ? null : sharedHalves(people);

        var elements = new ArrayList<Network.Element>(elementRows.size());
        elementRows.stream().filter(row -> !row.person()).forEach(row -> elements.add(element(row)));
        people.stream().sorted(Comparator.comparingInt(row -> pseudonyms.number(row.id())))
                .forEach(row -> elements.add(new Network.Element(pseudonyms.elementId(row.id()), "Person",
                        pseudonyms.label(row.id()), detail == Detail.FULL ? row.kind() : null,
                        detail == Detail.FULL ? row.half() : halves.get(row.id()), null, null, List.of())));

        var ids = new HashSet<String>();
        elements.forEach(element -> ids.add(element.id()));
        var peoplesTies = new ArrayList<TieRow>();
        var ordered = new ArrayList<TieRow>();
        for (var row : tieRows) {
            (row.touchesPerson() ? peoplesTies : ordered).add(row);
        }
        peoplesTies.sort(TIE_ORDER);
        Collections.shuffle(peoplesTies, random);
        ordered.addAll(peoplesTies);

        var connections = new ArrayList<Network.Connection>(ordered.size());
        for (var row : ordered) {
            var from = elementId(row.fromElement(), row.fromId(), pseudonyms);
            var to = elementId(row.toElement(), row.toId(), pseudonyms);
            if (from == null || to == null || !ids.contains(from) || !ids.contains(to)) {
                continue; // an end added between the two reads: every tie must name elements of the export
            }
            if (knowsBackwards(row, pseudonyms)) {
                var swap = from;
                from = to;
                to = swap;
            }
            connections.add(new Network.Connection("c" + (connections.size() + 1), from, to, row.relationship(),
                    row.kind(), row.strength(), row.since(), row.until(), row.on(), row.outcome()));
        }
        return new Network(List.copyOf(elements), List.copyOf(connections));
    }

    /** A KNOWS tie stored from the higher pseudonym to the lower. */
    private static boolean knowsBackwards(TieRow row, Pseudonyms pseudonyms) {
        return "KNOWS".equals(row.relationship()) && "PERSON".equals(row.fromElement())
                && "PERSON".equals(row.toElement()) && pseudonyms.number(row.fromId()) > pseudonyms.number(row.toId());
    }

    /**
     * Each person's half as an anonymous viewer may see it: kept where at least {@link #MIN_GROUP} people share it.
     * Dropping a rare half leaves its people among those with none; if that group is then non-empty but smaller than
     * MIN_GROUP, a missing half would point at them, so every half goes.
     */
    private static Map<String, String> sharedHalves(List<ElementRow> people) {
        var counts = new HashMap<String, Integer>();
        people.forEach(row -> counts.merge(Objects.requireNonNullElse(row.half(), ""), 1, Integer::sum));
        var halves = new HashMap<String, String>();
        int without = 0;
        for (var row : people) {
            boolean shared = row.half() != null && counts.get(row.half()) >= MIN_GROUP;
            halves.put(row.id(), shared ? row.half() : null);
            without += shared ? 0 : 1;
        }
        if (without > 0 && without < MIN_GROUP) {
            halves.replaceAll((id, half) -> null);
        }
        return halves;
    }

    private static Network.Element element(ElementRow row) {
        return new Network.Element(elementId(row.element(), row.id(), null),
                "ASSET".equals(row.element()) ? "Asset" : "Organisation", row.label(), row.kind(), row.half(),
                row.description(), row.website(), row.categories());
    }

    private static String elementId(String element, String id, Pseudonyms pseudonyms) {
        return switch (element) {
            case "PERSON" -> pseudonyms.knows(id) ? pseudonyms.elementId(id) : null;
            case "ASSET" -> "asset:" + id;
            default -> "organisation:" + id;
        };
    }
}
