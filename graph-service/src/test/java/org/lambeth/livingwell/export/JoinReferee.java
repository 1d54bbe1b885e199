package org.lambeth.livingwell.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

/**
 * The referee of {@link NetworkExportJoinIT}, who reads the database and never the exports' people: the people's
 * real ties (to score a join), and each person's fingerprint, to recognise some of them in a download (to measure
 * order against ids). A fingerprint is the sorted list of a person's ties, each as its relationship, the far end
 * where it is an organisation or asset (only "person" where it is a person) and its dates; a download repeats it.
 */
final class JoinReferee {

    private final Set<String> ties;
    /** A person's fingerprint parts: {text} for KNOWS, {text, far end} for a tie to an organisation or asset. */
    private final Map<String, List<String[]>> parts;

    private JoinReferee(Set<String> ties, Map<String, List<String[]>> parts) {
        this.ties = ties;
        this.parts = parts;
    }

    static JoinReferee read(Driver driver) {
        var ties = new HashSet<String>();
        var parts = new HashMap<String, List<String[]>>();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (p:Person)-[r:KNOWS]->(q:Person)
                    RETURN p.id AS a, q.id AS b, toString(r.since) AS since, toString(r.until) AS until""")
                    .forEachRemaining(row -> {
                        var a = row.get("a").asString();
                        var b = row.get("b").asString();
                        ties.add(knows(a, b));
                        var part = knowsPart(row.get("since").asString(null), row.get("until").asString(null));
                        parts.computeIfAbsent(a, k -> new ArrayList<>()).add(new String[] {part});
                        parts.computeIfAbsent(b, k -> new ArrayList<>()).add(new String[] {part});
                    });
            session.run("""
                    MATCH (p:Person)-[r:INTRODUCED|MEMBER_OF]->(y)
                    WHERE y:Asset OR y:Organisation
                    RETURN p.id AS p, type(r) AS type,
                           CASE WHEN y:Asset THEN 'asset:' ELSE 'organisation:' END + y.id AS target,
                           toString(r.since) AS since, toString(r.until) AS until, toString(r.on) AS on""")
                    .forEachRemaining(row -> {
                        var person = row.get("p").asString();
                        var type = row.get("type").asString();
                        var target = row.get("target").asString();
                        ties.add(type + "|" + person + "|" + target);
                        parts.computeIfAbsent(person, k -> new ArrayList<>()).add(new String[] {
                            tiePart(type, target, row.get("since").asString(null), row.get("until").asString(null),
                                    row.get("on").asString(null)),
                            target});
                    });
        }
        return new JoinReferee(ties, parts);
    }

    /** How many of the people's ties in the download are real, its people taken to be whom {@code guess} says. */
    int realTies(ExportedNetwork download, Map<String, String> guess) {
        int real = 0;
        for (var tie : download.ties()) {
            var key = key(tie, guess);
            if (key != null && ties.contains(key)) {
                real++;
            }
        }
        return real;
    }

    /** A people's tie as the database names it, its people taken to be whom {@code who} says; else null. */
    String key(ExportedNetwork.Tie tie, Map<String, String> who) {
        var relationship = tie.relationship();
        if ("KNOWS".equals(relationship)) {
            var a = who.get(tie.from());
            var b = who.get(tie.to());
            return a == null || b == null ? null : knows(a, b);
        }
        if (("INTRODUCED".equals(relationship) || "MEMBER_OF".equals(relationship))
                && tie.from().startsWith("person:")) {
            var person = who.get(tie.from());
            return person == null ? null : relationship + "|" + person + "|" + tie.to();
        }
        return null;
    }

    /** The Person elements of the download whose fingerprint only one person has, each with that person's id. */
    Map<String, String> identify(ExportedNetwork download) {
        var elements = new HashSet<String>();
        download.elements().forEach(element -> elements.add(element.id()));
        var people = new HashMap<String, String>();
        var repeated = new HashSet<String>();
        parts.forEach((person, list) -> {
            var fingerprint = list.stream().filter(part -> part.length == 1 || elements.contains(part[1]))
                    .map(part -> part[0]).sorted().toList().toString();
            if (people.putIfAbsent(fingerprint, person) != null) {
                repeated.add(fingerprint);
            }
        });
        var exported = new HashMap<String, List<String>>();
        for (var tie : download.ties()) {
            var a = tie.attributes();
            if ("KNOWS".equals(tie.relationship())) {
                var part = knowsPart(a.get("since"), a.get("until"));
                exported.computeIfAbsent(tie.from(), k -> new ArrayList<>()).add(part);
                exported.computeIfAbsent(tie.to(), k -> new ArrayList<>()).add(part);
            } else if (tie.from().startsWith("person:")) {
                exported.computeIfAbsent(tie.from(), k -> new ArrayList<>())
                        .add(tiePart(tie.relationship(), tie.to(), a.get("since"), a.get("until"), a.get("on")));
            }
        }
        var seen = new HashMap<String, String>();
        var repeatedInExport = new HashSet<String>();
        for (var element : download.people()) {
            var fingerprint = exported.getOrDefault(element.id(), List.of()).stream().sorted().toList().toString();
            if (seen.putIfAbsent(fingerprint, element.id()) != null) {
                repeatedInExport.add(fingerprint);
            }
        }
        var identified = new HashMap<String, String>();
        seen.forEach((fingerprint, element) -> {
            if (!repeatedInExport.contains(fingerprint) && !repeated.contains(fingerprint)
                    && people.containsKey(fingerprint)) {
                identified.put(element, people.get(fingerprint));
            }
        });
        return identified;
    }

    private static String knows(String a, String b) {
        return a.compareTo(b) < 0 ? "KNOWS|" + a + "|" + b : "KNOWS|" + b + "|" + a;
    }

    private static String knowsPart(String since, String until) {
        return "KNOWS~person|" + text(since) + "|" + text(until);
    }

    private static String tiePart(String type, String target, String since, String until, String on) {
        return type + ">" + target + "|" + text(since) + "|" + text(until) + "|" + text(on);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
