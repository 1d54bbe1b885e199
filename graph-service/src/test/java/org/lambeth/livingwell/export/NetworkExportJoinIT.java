package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.lambeth.livingwell.viewer.Role;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A peer supporter tries to put names to the people of the network exports (issue 19, defect 3). As the attacker it
 * uses only what that role may have: the {@code people} records over GraphQL (ids, names, roles, wards, skills,
 * contacts given with consent) and several downloads of both network exports. It joins them by position (the i-th
 * Person element to the i-th person by id, or by name), by the order people first appear in the ties, by element id,
 * by equal attribute values, and by positions that stay put from one download to the next.
 * <p>
 * A join is scored by what it is after: the people's KNOWS, INTRODUCED and MEMBER_OF ties, which the analyses hide
 * from this role. The referee (this test, with the database) counts how many of the ties a join names are real, and
 * compares that with what random guesses name. To measure order against person ids it also needs to know who an
 * element is: it recognises a person by their ties to organisations and assets and the dates of all their ties (a
 * fingerprint the database gives it and the download repeats), and uses the people whose fingerprint is unique.
 */
class NetworkExportJoinIT extends GraphQlServiceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> COOKIES = new HashMap<>();
    private static final int DOWNLOADS = 3;
    private static final String KUMU = "/api/exports/network.kumu.json";
    private static final String GRAPHML = "/api/exports/network.graphml";
    private static final String PEOPLE = """
            query($after: String) { people(first: 200, after: $after) {
              edges { node { id displayName role locality { id name kind half } skills { id name }
                             contact { email phone consentedOn } } }
              pageInfo { hasNextPage endCursor } } }""";
    private static final String HALVES = "{ localities(kind: HALF) { id name } }";
    /** A correlation of ranks this far from 0 is systematic: for the hundreds of people compared, chance gives ±0.1. */
    private static final double SYSTEMATIC = 0.2;
    private static final int BASELINE_GUESSES = 30;

    @Autowired
    Driver driver;

    /** What the attacker read from {@code people}: each person's record as the set of its values. */
    private Map<String, Set<String>> records;
    private List<String> byId;
    private List<String> byName;

    @BeforeEach
    void readPeopleAsAPeerSupporter() {
        var client = graphql.as(Role.PEER_SUPPORTER);
        var halfNames = new HashMap<String, String>();
        client.data(HALVES).path("localities").forEach(half -> halfNames.put(half.path("id").asString(),
                half.path("name").asString()));
        records = new LinkedHashMap<>();
        byName = new ArrayList<>();
        String after = null;
        do {
            var variables = new HashMap<String, Object>();
            variables.put("after", after);
            var people = client.data(PEOPLE, variables).path("people");
            for (var edge : people.path("edges")) {
                var person = edge.path("node");
                var values = new HashSet<String>();
                collect(person, values);
                var half = person.path("locality").path("half").asString(null);
                if (half != null) {
                    values.add(halfNames.getOrDefault("half-" + half.toLowerCase(Locale.ROOT), half));
                }
                records.put(person.path("id").asString(), values);
                byName.add(person.path("id").asString());
            }
            after = people.path("pageInfo").path("hasNextPage").asBoolean()
                    ? people.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        byId = records.keySet().stream().sorted().toList();
        assertThat(byId).as("the seeds' demo people").hasSizeGreaterThan(500);
    }

    @Test
    void noOrderOfPeopleOrOfTheirTiesJoinsThemToTheirRecords() throws Exception {
        var truth = Truth.read(driver);
        var idRank = new HashMap<String, Integer>();
        for (int i = 0; i < byId.size(); i++) {
            idRank.put(byId.get(i), i);
        }
        for (var download : downloads(Role.PEER_SUPPORTER)) {
            var people = download.people().stream().map(Item::id).toList();
            var firstInTies = new LinkedHashSet<String>();
            for (var tie : download.ties()) {
                for (var end : List.of(tie.from(), tie.to())) {
                    if (end.startsWith("person:")) {
                        firstInTies.add(end);
                    }
                }
            }
            var byNumber = people.stream().sorted(Comparator.comparingInt(NetworkExportJoinIT::number)).toList();
            var orders = Map.of("document order", people, "first appearance in the ties",
                    List.copyOf(firstInTies), "element id", byNumber);
            orders.forEach((name, order) -> {
                for (var targets : List.of(byId, byName)) {
                    var guess = new HashMap<String, String>();
                    for (int i = 0; i < order.size() && i < targets.size(); i++) {
                        guess.put(order.get(i), targets.get(i));
                    }
                    int named = truth.realTies(download, guess);
                    var chance = chance(download, order, targets, truth);
                    assertThat((double) named).as("%s: ties named by joining %s to people by %s (chance: %.1f ± %.1f)",
                            download.name(), name, targets == byId ? "id" : "name", chance[0], chance[1])
                            .isLessThanOrEqualTo(chance[0] + 6 * chance[1] + 5);
                }
            });

            var identified = truth.identify(download);
            assertThat(identified.size()).as("people the referee recognises").isGreaterThan(byId.size() / 2);
            var positions = new ArrayList<double[]>();
            for (int i = 0; i < people.size(); i++) {
                var person = identified.get(people.get(i));
                if (person != null) {
                    positions.add(new double[] {i, idRank.get(person)});
                }
            }
            assertThat(Math.abs(spearman(positions))).as("%s: Person elements' order against person ids",
                    download.name()).isLessThan(SYSTEMATIC);
            var tiePositions = new ArrayList<double[]>();
            for (int i = 0; i < download.ties().size(); i++) {
                var tie = download.ties().get(i);
                var person = identified.get(tie.from().startsWith("person:") ? tie.from() : tie.to());
                if (person != null) {
                    tiePositions.add(new double[] {i, idRank.get(person)});
                }
            }
            assertThat(tiePositions).hasSizeGreaterThan(byId.size());
            assertThat(Math.abs(spearman(tiePositions))).as("%s: people's ties' order against person ids",
                    download.name()).isLessThan(SYSTEMATIC);
        }
    }

    @Test
    void nothingStaysPutFromOneDownloadToTheNext() throws Exception {
        var truth = Truth.read(driver);
        var downloads = downloads(Role.PEER_SUPPORTER);
        for (int d = 1; d < downloads.size(); d++) {
            var before = downloads.get(d - 1);
            var after = downloads.get(d);
            var whoBefore = truth.identify(before);
            var whoAfter = truth.identify(after);
            var pair = before.name() + " then " + after.name();
            var positionBefore = positions(before.people(), Item::id, whoBefore);
            var positionAfter = positions(after.people(), Item::id, whoAfter);
            var labelBefore = labels(before, whoBefore);
            var labelAfter = labels(after, whoAfter);
            var positions = new ArrayList<double[]>();
            int samePosition = 0;
            int samePseudonym = 0;
            for (var person : positionBefore.keySet()) {
                if (positionAfter.containsKey(person)) {
                    positions.add(new double[] {positionBefore.get(person), positionAfter.get(person)});
                    samePosition += positionBefore.get(person).equals(positionAfter.get(person)) ? 1 : 0;
                    samePseudonym += labelBefore.get(person).equals(labelAfter.get(person)) ? 1 : 0;
                }
            }
            assertThat(positions).as(pair + ": people recognised in both").hasSizeGreaterThan(byId.size() / 2);
            assertThat(Math.abs(spearman(positions))).as(pair + ": a person's position").isLessThan(SYSTEMATIC);
            // chance: about one person in each download keeps their place, or their number
            assertThat(samePosition).as(pair + ": people in the same place").isLessThan(10);
            assertThat(samePseudonym).as(pair + ": people under the same pseudonym").isLessThan(10);

            var tieBefore = positions(before.ties(), tie -> truth.key(tie, whoBefore), Map.of());
            var tieAfter = positions(after.ties(), tie -> truth.key(tie, whoAfter), Map.of());
            var tiePositions = new ArrayList<double[]>();
            tieBefore.forEach((key, position) -> {
                if (tieAfter.containsKey(key)) {
                    tiePositions.add(new double[] {position, tieAfter.get(key)});
                }
            });
            assertThat(tiePositions).as(pair + ": people's ties recognised in both").hasSizeGreaterThan(byId.size());
            assertThat(Math.abs(spearman(tiePositions))).as(pair + ": a tie's position").isLessThan(SYSTEMATIC);
        }
    }

    @Test
    void noValueOfAPersonElementSinglesOutFewerThanAGroupOfPeople() throws Exception {
        var holders = new HashMap<String, Set<String>>();
        records.forEach((person, values) -> values.forEach(
                value -> holders.computeIfAbsent(value, v -> new HashSet<>()).add(person)));
        for (var download : downloads(Role.PEER_SUPPORTER)) {
            for (var element : download.people()) {
                var candidates = new HashSet<>(records.keySet());
                for (var value : element.attributes().values()) {
                    var holding = holders.get(value);
                    if (holding != null) {
                        candidates.retainAll(holding);
                    }
                }
                assertThat(candidates.size()).as("%s: the people %s could be", download.name(), element.id())
                        .isGreaterThanOrEqualTo(NetworkAssembler.MIN_GROUP);
                assertThat(element.attributes().keySet()).as("%s: what a Person element carries", download.name())
                        .isSubsetOf("id", "label", "type", "half");
            }
            for (var tie : download.ties()) {
                if (tie.from().startsWith("person:") || tie.to().startsWith("person:")) {
                    for (var value : tie.attributes().values()) {
                        assertThat(holders.getOrDefault(value, Set.of()).size() == 1 && !isDate(value))
                                .as("%s: a person's tie carries a value of one person's record", download.name())
                                .isFalse();
                    }
                }
            }
        }
        // leads may name individuals: their exports keep each person's part in the network, as before
        var personRoles = Set.of("PEER_SUPPORTER", "CARER", "PROFESSIONAL", "COMMUNITY_MEMBER");
        for (var download : downloads(Role.LEAD)) {
            assertThat(download.people()).allSatisfy(element -> {
                assertThat(element.attributes().get("kind")).isIn(personRoles);
                assertThat(element.attributes().get("half")).isIn("North Lambeth", "South Lambeth");
            });
        }
    }

    // the join and its scoring

    /** Mean and standard deviation of the real ties named when the same order is joined to people shuffled. */
    private static double[] chance(Download download, List<String> order, List<String> people, Truth truth) {
        var random = new SplittableRandom(19);
        var shuffled = new ArrayList<>(people);
        double sum = 0;
        double squares = 0;
        for (int g = 0; g < BASELINE_GUESSES; g++) {
            for (int i = shuffled.size() - 1; i > 0; i--) {
                Collections.swap(shuffled, i, random.nextInt(i + 1));
            }
            var guess = new HashMap<String, String>();
            for (int i = 0; i < order.size() && i < shuffled.size(); i++) {
                guess.put(order.get(i), shuffled.get(i));
            }
            int named = truth.realTies(download, guess);
            sum += named;
            squares += (double) named * named;
        }
        double mean = sum / BASELINE_GUESSES;
        return new double[] {mean, Math.sqrt(Math.max(0, squares / BASELINE_GUESSES - mean * mean))};
    }

    /** The position of each item by the key the function gives it (the first where keys repeat; null keys left out). */
    private static <T> Map<String, Integer> positions(List<T> items, Function<T, String> key,
            Map<String, String> rename) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < items.size(); i++) {
            var k = key.apply(items.get(i));
            if (k != null && !rename.isEmpty()) {
                k = rename.get(k);
            }
            if (k != null) {
                positions.putIfAbsent(k, i);
            }
        }
        return positions;
    }

    private static Map<String, String> labels(Download download, Map<String, String> identified) {
        var labels = new HashMap<String, String>();
        for (var element : download.people()) {
            var person = identified.get(element.id());
            if (person != null) {
                labels.put(person, element.attributes().get("label"));
            }
        }
        return labels;
    }

    /** Spearman's rank correlation: Pearson's of the ranks, equal values sharing their mean rank. */
    private static double spearman(List<double[]> pairs) {
        var first = ranks(pairs, 0);
        var second = ranks(pairs, 1);
        int n = pairs.size();
        double meanFirst = Arrays.stream(first).average().orElse(0);
        double meanSecond = Arrays.stream(second).average().orElse(0);
        double covariance = 0;
        double varianceFirst = 0;
        double varianceSecond = 0;
        for (int i = 0; i < n; i++) {
            covariance += (first[i] - meanFirst) * (second[i] - meanSecond);
            varianceFirst += (first[i] - meanFirst) * (first[i] - meanFirst);
            varianceSecond += (second[i] - meanSecond) * (second[i] - meanSecond);
        }
        return covariance / Math.sqrt(varianceFirst * varianceSecond);
    }

    private static double[] ranks(List<double[]> pairs, int column) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> pairs.get(i)[column]));
        var ranks = new double[pairs.size()];
        for (int from = 0; from < order.size();) {
            int to = from;
            while (to + 1 < order.size() && pairs.get(order.get(to + 1))[column] == pairs.get(order.get(from))[column]) {
                to++;
            }
            for (int r = from; r <= to; r++) {
                ranks[order.get(r)] = (from + to) / 2.0;
            }
            from = to + 1;
        }
        return ranks;
    }

    private static int number(String elementId) {
        return Integer.parseInt(elementId.replaceAll("\\D", ""));
    }

    private static boolean isDate(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static void collect(JsonNode node, Set<String> values) {
        if (node.isValueNode() && !node.isNull()) {
            values.add(node.asString());
        }
        node.forEach(child -> collect(child, values));
    }

    /**
     * The referee: the people's real ties, and each person's fingerprint (their ties with the far end named where it
     * is an organisation or asset, and every date), read from the database, never from the export.
     */
    private record Truth(Set<String> ties, Map<String, List<String[]>> fingerprintParts) {

        static Truth read(Driver driver) {
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
                            var dates = "|" + row.get("since").asString("") + "|" + row.get("until").asString("");
                            parts.computeIfAbsent(a, k -> new ArrayList<>()).add(new String[] {"KNOWS~person" + dates});
                            parts.computeIfAbsent(b, k -> new ArrayList<>()).add(new String[] {"KNOWS~person" + dates});
                        });
                session.run("""
                        MATCH (p:Person)-[r:INTRODUCED|MEMBER_OF]->(y)
                        WHERE y:Asset OR y:Organisation
                        RETURN p.id AS p, type(r) AS type,
                               CASE WHEN y:Asset THEN 'asset:' ELSE 'organisation:' END + y.id AS target,
                               toString(r.since) AS since, toString(r.until) AS until, toString(r.on) AS on""")
                        .forEachRemaining(row -> {
                            var person = row.get("p").asString();
                            var target = row.get("target").asString();
                            ties.add(row.get("type").asString() + "|" + person + "|" + target);
                            parts.computeIfAbsent(person, k -> new ArrayList<>()).add(new String[] {
                                row.get("type").asString() + ">" + target + "|" + row.get("since").asString("")
                                        + "|" + row.get("until").asString("") + "|" + row.get("on").asString(""),
                                target});
                        });
            }
            return new Truth(ties, parts);
        }

        static String knows(String a, String b) {
            return a.compareTo(b) < 0 ? "KNOWS|" + a + "|" + b : "KNOWS|" + b + "|" + a;
        }

        /** How many of the people's ties in the download are real once its people are taken to be whom guess says. */
        int realTies(Download download, Map<String, String> guess) {
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
        String key(Tie tie, Map<String, String> who) {
            var relationship = tie.attributes().get("relationship");
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

        /** The Person elements of the download whose fingerprint only one person has, with that person's id. */
        Map<String, String> identify(Download download) {
            var elements = new HashSet<String>();
            download.elements().forEach(element -> elements.add(element.id()));
            var people = new HashMap<String, String>();
            var repeated = new HashSet<String>();
            fingerprintParts.forEach((person, parts) -> {
                var fingerprint = parts.stream().filter(part -> part.length == 1 || elements.contains(part[1]))
                        .map(part -> part[0]).sorted().toList().toString();
                if (people.putIfAbsent(fingerprint, person) != null) {
                    repeated.add(fingerprint);
                }
            });
            var exported = new HashMap<String, List<String>>();
            for (var tie : download.ties()) {
                var relationship = tie.attributes().get("relationship");
                var dates = "|" + tie.attributes().getOrDefault("since", "") + "|"
                        + tie.attributes().getOrDefault("until", "");
                if ("KNOWS".equals(relationship)) {
                    exported.computeIfAbsent(tie.from(), k -> new ArrayList<>()).add("KNOWS~person" + dates);
                    exported.computeIfAbsent(tie.to(), k -> new ArrayList<>()).add("KNOWS~person" + dates);
                } else if (tie.from().startsWith("person:")) {
                    exported.computeIfAbsent(tie.from(), k -> new ArrayList<>()).add(relationship + ">" + tie.to()
                            + dates + "|" + tie.attributes().getOrDefault("on", ""));
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
    }

    // the downloads, read as a partner's tool reads them, in the order they are written

    private record Item(String id, Map<String, String> attributes) {
    }

    private record Tie(String id, String from, String to, Map<String, String> attributes) {
    }

    private record Download(String name, List<Item> elements, List<Tie> ties) {

        List<Item> people() {
            return elements.stream().filter(element -> "Person".equals(element.attributes().get("type"))).toList();
        }
    }

    private List<Download> downloads(Role role) throws Exception {
        var downloads = new ArrayList<Download>();
        for (int d = 1; d <= DOWNLOADS; d++) {
            downloads.add(kumu("Kumu download " + d, get(KUMU, role)));
            downloads.add(graphMl("GraphML download " + d, get(GRAPHML, role)));
        }
        for (var download : downloads) {
            assertThat(download.people()).as(download.name()).hasSize(byId.size());
        }
        return downloads;
    }

    private static Download kumu(String name, String body) {
        var blueprint = JSON.readTree(body);
        var elements = new ArrayList<Item>();
        for (var element : blueprint.path("elements")) {
            var attributes = new LinkedHashMap<String, String>();
            element.properties().forEach(property -> attributes.put(property.getKey(),
                    property.getValue().isArray() ? property.getValue().toString() : property.getValue().asString()));
            elements.add(new Item(element.path("id").asString(), attributes));
        }
        var ties = new ArrayList<Tie>();
        for (var connection : blueprint.path("connections")) {
            var attributes = new LinkedHashMap<String, String>();
            connection.properties().forEach(property -> attributes.put(property.getKey(),
                    property.getValue().asString()));
            ties.add(new Tie(connection.path("id").asString(null), connection.path("from").asString(),
                    connection.path("to").asString(), attributes));
        }
        return new Download(name, elements, ties);
    }

    private static Download graphMl(String name, String body) throws XMLStreamException {
        var xml = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(body));
        var keys = new HashMap<String, String>();
        var elements = new ArrayList<Item>();
        var ties = new ArrayList<Tie>();
        Map<String, String> attributes = null;
        String key = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "key" -> keys.put(xml.getAttributeValue(null, "id"), xml.getAttributeValue(null, "attr.name"));
                    case "node" -> {
                        attributes = new LinkedHashMap<>();
                        attributes.put("id", xml.getAttributeValue(null, "id"));
                        elements.add(new Item(xml.getAttributeValue(null, "id"), attributes));
                    }
                    case "edge" -> {
                        attributes = new LinkedHashMap<>();
                        attributes.put("id", xml.getAttributeValue(null, "id"));
                        ties.add(new Tie(xml.getAttributeValue(null, "id"), xml.getAttributeValue(null, "source"),
                                xml.getAttributeValue(null, "target"), attributes));
                    }
                    case "data" -> key = keys.get(xml.getAttributeValue(null, "key"));
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && key != null && attributes != null) {
                attributes.merge(key, xml.getText(), String::concat);
            } else if (event == XMLStreamConstants.END_ELEMENT && "data".equals(xml.getLocalName())) {
                key = null;
            }
        }
        // GraphML's type is the relationship (Kumu's type is its readable name, the relationship a field of its own)
        for (var tie : ties) {
            tie.attributes().put("relationship", tie.attributes().get("type"));
        }
        return new Download(name, elements, ties);
    }

    private String get(String path, Role role) throws Exception {
        var cookie = COOKIES.computeIfAbsent(port + "/" + role, k -> GraphQlHttp.login(port,
                new String[] {role == Role.LEAD ? "lead" : "peer", (role == Role.LEAD ? "lead" : "peer")
                        + "-test-password"}));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Cookie", cookie)
                .GET().build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
