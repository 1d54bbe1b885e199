package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.lambeth.livingwell.viewer.Role;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A peer supporter tries to put names to the people of the network exports (issue 19, defect 3). As the attacker it
 * uses only what that role may have: the {@code people} records over GraphQL (ids, names, roles, wards, skills,
 * contacts given with consent) and three downloads of each network export. It joins them by position (the i-th
 * Person element to the i-th person by id, or by name), by the order people first appear in the ties, by element id,
 * by equal attribute values, and by positions that stay put from one download to the next.
 * <p>
 * A join is scored by what it is after: the people's KNOWS, INTRODUCED and MEMBER_OF ties, which the analyses hide
 * from this role. The {@link JoinReferee} counts how many of the ties a join names are real, and this test compares
 * that with what random guesses name; to measure order against person ids, the referee recognises the people whose
 * ties make them unique.
 */
class NetworkExportJoinIT extends GraphQlServiceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int DOWNLOADS = 3;
    private static final String PEOPLE = """
            query($after: String) { people(first: 200, after: $after) {
              edges { node { id displayName role locality { id name kind half } skills { id name }
                             contact { email phone consentedOn } } }
              pageInfo { hasNextPage endCursor } } }""";
    private static final String HALVES = "{ localities(kind: HALF) { id name } }";
    /** A rank correlation this far from 0 is systematic: over the hundreds of people compared, chance gives ±0.1. */
    private static final double SYSTEMATIC = 0.2;
    private static final int BASELINE_GUESSES = 30;
    /** The downloads, made once for the class (each is drawn afresh by the service all the same). */
    private static final Map<Role, List<ExportedNetwork>> DOWNLOADED = new HashMap<>();

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
        var referee = JoinReferee.read(driver);
        for (var download : downloads(Role.PEER_SUPPORTER)) {
            var people = download.people().stream().map(ExportedNetwork.Item::id).toList();
            var firstInTies = new LinkedHashSet<String>();
            for (var tie : download.ties()) {
                for (var end : List.of(tie.from(), tie.to())) {
                    if (end.startsWith("person:")) {
                        firstInTies.add(end);
                    }
                }
            }
            var byNumber = people.stream().sorted(Comparator.comparingInt(NetworkExportJoinIT::number)).toList();
            var orders = Map.of("document order", people, "first appearance in the ties", List.copyOf(firstInTies),
                    "element id", byNumber);
            orders.forEach((name, order) -> {
                for (var targets : List.of(byId, byName)) {
                    int named = referee.realTies(download, join(order, targets));
                    var chance = chance(download, order, targets, referee);
                    assertThat((double) named).as("%s: ties named by joining %s to people by %s (chance: %.1f ± %.1f)",
                            download.name(), name, targets == byId ? "id" : "name", chance[0], chance[1])
                            .isLessThanOrEqualTo(chance[0] + 6 * chance[1] + 5);
                }
            });
        }
    }

    @Test
    void neitherPeopleNorTheirTiesComeInTheOrderOfTheirIds() throws Exception {
        var referee = JoinReferee.read(driver);
        var idRank = new HashMap<String, Integer>();
        for (int i = 0; i < byId.size(); i++) {
            idRank.put(byId.get(i), i);
        }
        for (var download : downloads(Role.PEER_SUPPORTER)) {
            var people = download.people().stream().map(ExportedNetwork.Item::id).toList();
            var identified = referee.identify(download);
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
        var referee = JoinReferee.read(driver);
        var downloads = downloads(Role.PEER_SUPPORTER);
        for (int d = 1; d < downloads.size(); d++) {
            var before = downloads.get(d - 1);
            var after = downloads.get(d);
            var whoBefore = referee.identify(before);
            var whoAfter = referee.identify(after);
            var pair = before.name() + " then " + after.name();
            var positionBefore = positions(before.people(), element -> whoBefore.get(element.id()));
            var positionAfter = positions(after.people(), element -> whoAfter.get(element.id()));
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
            // chance: about one person keeps their place, or their number, from one download to the next
            assertThat(samePosition).as(pair + ": people in the same place").isLessThan(10);
            assertThat(samePseudonym).as(pair + ": people under the same pseudonym").isLessThan(10);

            var tieBefore = positions(before.ties(), tie -> referee.key(tie, whoBefore));
            var tieAfter = positions(after.ties(), tie -> referee.key(tie, whoAfter));
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
                if (tie.touchesPerson()) {
                    for (var value : tie.attributes().values()) {
                        // a date may match someone's consent date by chance: a tie's dates are its own
                        assertThat(holders.getOrDefault(value, Set.of()).size() == 1 && !isDate(value))
                                .as("%s: a person's tie carries a value of one person's record", download.name())
                                .isFalse();
                    }
                }
            }
        }
        // leads may name individuals: their exports keep each person's part in the network and half, as before
        var personRoles = Set.of("PEER_SUPPORTER", "CARER", "PROFESSIONAL", "COMMUNITY_MEMBER");
        for (var download : downloads(Role.LEAD)) {
            assertThat(download.people()).allSatisfy(element -> {
                assertThat(element.attributes().get("kind")).isIn(personRoles);
                assertThat(element.attributes().get("half")).isIn("North Lambeth", "South Lambeth");
            });
        }
    }

    // the join and its scoring

    /** The i-th element of {@code order} taken to be the i-th person of {@code people}. */
    private static Map<String, String> join(List<String> order, List<String> people) {
        var guess = new HashMap<String, String>();
        for (int i = 0; i < order.size() && i < people.size(); i++) {
            guess.put(order.get(i), people.get(i));
        }
        return guess;
    }

    /** Mean and standard deviation of the real ties named when the same order is joined to people shuffled. */
    private static double[] chance(ExportedNetwork download, List<String> order, List<String> people,
            JoinReferee referee) {
        var random = new SplittableRandom(19);
        var shuffled = new ArrayList<>(people);
        double sum = 0;
        double squares = 0;
        for (int g = 0; g < BASELINE_GUESSES; g++) {
            for (int i = shuffled.size() - 1; i > 0; i--) {
                Collections.swap(shuffled, i, random.nextInt(i + 1));
            }
            int named = referee.realTies(download, join(order, shuffled));
            sum += named;
            squares += (double) named * named;
        }
        double mean = sum / BASELINE_GUESSES;
        return new double[] {mean, Math.sqrt(Math.max(0, squares / BASELINE_GUESSES - mean * mean))};
    }

    /** The first position of each key the function gives the items (null keys left out). */
    private static <T> Map<String, Integer> positions(List<T> items, Function<T, String> key) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < items.size(); i++) {
            var k = key.apply(items.get(i));
            if (k != null) {
                positions.putIfAbsent(k, i);
            }
        }
        return positions;
    }

    private static Map<String, String> labels(ExportedNetwork download, Map<String, String> identified) {
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
        double meanFirst = Arrays.stream(first).average().orElse(0);
        double meanSecond = Arrays.stream(second).average().orElse(0);
        double covariance = 0;
        double varianceFirst = 0;
        double varianceSecond = 0;
        for (int i = 0; i < pairs.size(); i++) {
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
            double value = pairs.get(order.get(from))[column];
            int to = from;
            while (to + 1 < order.size() && pairs.get(order.get(to + 1))[column] == value) {
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

    // the downloads

    private List<ExportedNetwork> downloads(Role role) throws Exception {
        var downloads = DOWNLOADED.get(role);
        if (downloads == null) {
            var cookie = GraphQlHttp.login(port, new String[] {user(role), user(role) + "-test-password"});
            downloads = new ArrayList<>();
            for (int d = 1; d <= DOWNLOADS; d++) {
                downloads.add(ExportedNetwork.kumu("Kumu download " + d,
                        get("/api/exports/network.kumu.json", cookie)));
                downloads.add(ExportedNetwork.graphMl("GraphML download " + d,
                        get("/api/exports/network.graphml", cookie)));
            }
            DOWNLOADED.put(role, downloads);
        }
        for (var download : downloads) {
            assertThat(download.people()).as(download.name()).hasSize(byId.size());
        }
        return downloads;
    }

    private static String user(Role role) {
        return role == Role.LEAD ? "lead" : "peer";
    }

    private String get(String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Cookie", cookie)
                .GET().build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
