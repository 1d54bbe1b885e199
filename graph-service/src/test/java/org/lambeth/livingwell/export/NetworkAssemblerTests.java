package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.export.NetworkAssembler.Detail;
import org.lambeth.livingwell.export.NetworkAssembler.ElementRow;
import org.lambeth.livingwell.export.NetworkAssembler.TieRow;

class NetworkAssemblerTests {

    private static final int PEOPLE = 200;
    private static final LocalDate DAY_ONE = LocalDate.of(2014, 1, 1);

    @Test
    void peopleFollowTheOthersInTheOrderOfTheirPseudonyms() {
        var network = assemble(elements(), ties(), Detail.FULL, 1);
        var ids = network.elements().stream().map(Network.Element::id).toList();
        assertThat(ids.subList(0, 3)).containsExactly("organisation:org-a", "organisation:org-b", "asset:lib");
        for (int n = 1; n <= PEOPLE; n++) {
            var element = network.elements().get(2 + n);
            assertThat(element.id()).isEqualTo("person:" + n);
            assertThat(element.label()).isEqualTo("Person " + n);
            assertThat(element.type()).isEqualTo("Person");
        }
    }

    @Test
    void neitherPeopleNorTheirTiesComeOutInTheOrderOfTheirIds() {
        for (int seed = 1; seed <= 5; seed++) {
            var network = assemble(elements(), ties(), Detail.FULL, seed);
            var people = personIndexes(network);
            var elementPositions = new ArrayList<double[]>();
            for (int i = 0; i < network.elements().size(); i++) {
                var index = people.get(network.elements().get(i).id());
                if (index != null) {
                    elementPositions.add(new double[] {i, index});
                }
            }
            assertThat(elementPositions).hasSize(PEOPLE);
            assertThat(Math.abs(spearman(elementPositions))).as("seed %d: people", seed).isLessThan(0.25);

            var tiePositions = new ArrayList<double[]>();
            for (int i = 0; i < network.connections().size(); i++) {
                var connection = network.connections().get(i);
                if (!connection.relationship().equals("RUNS")) {
                    int introduced = connection.relationship().equals("INTRODUCED") ? 1 : 0;
                    tiePositions.add(new double[] {i, 2 * index(connection) + introduced});
                }
            }
            assertThat(tiePositions).hasSize(2 * PEOPLE - 1);
            assertThat(Math.abs(spearman(tiePositions))).as("seed %d: people's ties", seed).isLessThan(0.25);
            assertThat(network.connections().getFirst().relationship()).as("the organisations' ties first, as read")
                    .isEqualTo("RUNS");
        }
    }

    @Test
    void everyDownloadDrawsAnotherOrder() {
        var one = assemble(elements(), ties(), Detail.FULL, 1);
        var two = assemble(elements(), ties(), Detail.FULL, 2);
        var peopleOne = personIndexes(one);
        var peopleTwo = personIndexes(two);
        int samePlace = 0;
        for (int i = 3; i < one.elements().size(); i++) {
            samePlace += peopleOne.get(one.elements().get(i).id()).equals(peopleTwo.get(two.elements().get(i).id()))
                    ? 1 : 0;
        }
        assertThat(samePlace).isLessThan(10);
        int sameTie = 0;
        for (int i = 1; i < one.connections().size(); i++) {
            var a = one.connections().get(i);
            var b = two.connections().get(i);
            sameTie += a.relationship().equals(b.relationship()) && index(a) == index(b) ? 1 : 0;
        }
        assertThat(sameTie).isLessThan(10);
    }

    @Test
    void theOrderRowsAreReadInPlaysNoPart() {
        var elements = new ArrayList<>(elements());
        var ties = new ArrayList<>(ties());
        var asRead = assemble(elements, ties, Detail.FULL, 7);
        Collections.reverse(elements.subList(3, elements.size()));
        Collections.reverse(ties.subList(1, ties.size()));
        assertThat(assemble(elements, ties, Detail.FULL, 7)).isEqualTo(asRead);
    }

    @Test
    void connectionIdsAreNumberedInTheOrderWritten() {
        var network = assemble(elements(), ties(), Detail.FULL, 3);
        for (int i = 0; i < network.connections().size(); i++) {
            assertThat(network.connections().get(i).id()).isEqualTo("c" + (i + 1));
        }
    }

    @Test
    void knowsRunsFromTheLowerPseudonymWhicheverWayItWasStored() {
        var network = assemble(elements(), ties(), Detail.FULL, 4);
        var knows = network.connections().stream().filter(c -> c.relationship().equals("KNOWS")).toList();
        assertThat(knows).hasSize(PEOPLE - 1);
        knows.forEach(c -> assertThat(number(c.from())).isLessThan(number(c.to())));
        // the rows store every other tie from the higher id: the export still names the same pairs
        var pairs = knows.stream().map(NetworkAssemblerTests::index).sorted().toList();
        assertThat(pairs).isEqualTo(IntStream.range(0, PEOPLE - 1).boxed().toList());
    }

    @Test
    void aViewerWhoMayNotNameIndividualsGetsNoRoleAndOnlyHalvesThatManyShare() {
        var network = assemble(people(30, 12, 0), List.of(), Detail.ANONYMOUS, 1);
        assertThat(persons(network)).allSatisfy(e -> assertThat(e.kind()).isNull());
        assertThat(halves(network)).containsEntry("North Lambeth", 30).containsEntry("South Lambeth", 12);

        // 5 in the South would be told apart by their half; without it they would be the only 5 without one
        assertThat(halves(assemble(people(30, 5, 0), List.of(), Detail.ANONYMOUS, 1))).containsOnlyKeys("none");
        // with 7 whose half is not known, 12 have none: the North keeps its half
        assertThat(halves(assemble(people(30, 5, 7), List.of(), Detail.ANONYMOUS, 1)))
                .containsEntry("North Lambeth", 30).containsEntry("none", 12).doesNotContainKey("South Lambeth");
        // 3 whose half is not known would stand out by its absence
        assertThat(halves(assemble(people(30, 12, 3), List.of(), Detail.ANONYMOUS, 1))).containsOnlyKeys("none");

        var others = assemble(elements(), List.of(), Detail.ANONYMOUS, 1).elements().subList(0, 3);
        assertThat(others).isEqualTo(assemble(elements(), List.of(), Detail.FULL, 1).elements().subList(0, 3));
        assertThat(others.get(2).half()).isEqualTo("South Lambeth");
    }

    @Test
    void aViewerWhoMayNameIndividualsGetsRolesAndHalvesAsRead() {
        var network = assemble(people(30, 5, 1), List.of(), Detail.FULL, 1);
        assertThat(halves(network)).containsEntry("North Lambeth", 30).containsEntry("South Lambeth", 5)
                .containsEntry("none", 1);
        assertThat(persons(network)).extracting(Network.Element::kind).containsOnly("CARER", "PROFESSIONAL");
    }

    @Test
    void aTieToSomeoneNotReadIsLeftOut() {
        var ties = new ArrayList<>(ties());
        ties.add(new TieRow("PERSON", id(0), "PERSON", "demo-person-9999", "KNOWS", null, 0.5, "2020-01-01", null,
                null, null));
        var network = assemble(elements(), ties, Detail.FULL, 1);
        assertThat(network.connections()).hasSize(ties.size() - 1);
        assertThat(network.connections()).noneMatch(c -> "2020-01-01".equals(c.since()));
    }

    // fixtures: person i is tied to person i+1 (KNOWS since day i) and was introduced to the library on day i

    private static Network assemble(List<ElementRow> elements, List<TieRow> ties, Detail detail, long seed) {
        return NetworkAssembler.assemble(elements, ties, detail, new SplittableRandom(seed));
    }

    private static List<ElementRow> elements() {
        var rows = new ArrayList<ElementRow>();
        rows.add(new ElementRow("ORGANISATION", "org-a", "Org A", "VOLUNTARY", null, "Does good", null, List.of()));
        rows.add(new ElementRow("ORGANISATION", "org-b", "Org B", "NHS_TRUST", null, null, null, List.of()));
        rows.add(new ElementRow("ASSET", "lib", "Library", "PUBLIC", "South Lambeth", null, null,
                List.of("Library")));
        for (int i = 0; i < PEOPLE; i++) {
            rows.add(new ElementRow("PERSON", id(i), null, i % 2 == 0 ? "CARER" : "PROFESSIONAL",
                    i % 3 == 0 ? "South Lambeth" : "North Lambeth", null, null, List.of()));
        }
        return rows;
    }

    private static List<ElementRow> people(int north, int south, int none) {
        var rows = new ArrayList<ElementRow>();
        for (int i = 0; i < north + south + none; i++) {
            rows.add(new ElementRow("PERSON", id(i), null, i % 7 == 0 ? "PROFESSIONAL" : "CARER",
                    i < north ? "North Lambeth" : i < north + south ? "South Lambeth" : null, null, null, List.of()));
        }
        return rows;
    }

    private static List<TieRow> ties() {
        var rows = new ArrayList<TieRow>();
        rows.add(new TieRow("ORGANISATION", "org-a", "ASSET", "lib", "RUNS", null, null, null, null, null, null));
        for (int i = 0; i < PEOPLE; i++) {
            if (i + 1 < PEOPLE) {
                var from = i % 2 == 0 ? id(i) : id(i + 1);
                var to = i % 2 == 0 ? id(i + 1) : id(i);
                rows.add(new TieRow("PERSON", from, "PERSON", to, "KNOWS", null, 0.5, day(i), null, null, null));
            }
            rows.add(new TieRow("PERSON", id(i), "ASSET", "lib", "INTRODUCED", null, null, null, null, day(i),
                    "ATTENDED"));
        }
        return rows;
    }

    private static String id(int i) {
        return "demo-person-%04d".formatted(i + 1);
    }

    private static String day(int i) {
        return DAY_ONE.plusDays(i).toString();
    }

    /** The person a tie's date was made for (the lower of a KNOWS pair). */
    private static int index(Network.Connection connection) {
        var date = connection.since() != null ? connection.since() : connection.on();
        return (int) (LocalDate.parse(date).toEpochDay() - DAY_ONE.toEpochDay());
    }

    /** Each Person element's fixture index, known from the date of their introduction. */
    private static Map<String, Integer> personIndexes(Network network) {
        var indexes = new HashMap<String, Integer>();
        network.connections().stream().filter(c -> c.relationship().equals("INTRODUCED"))
                .forEach(c -> indexes.put(c.from(), index(c)));
        return indexes;
    }

    private static List<Network.Element> persons(Network network) {
        return network.elements().stream().filter(e -> e.type().equals("Person")).toList();
    }

    private static Map<String, Integer> halves(Network network) {
        var halves = new HashMap<String, Integer>();
        persons(network).forEach(e -> halves.merge(e.half() == null ? "none" : e.half(), 1, Integer::sum));
        return halves;
    }

    private static int number(String elementId) {
        return Integer.parseInt(elementId.substring("person:".length()));
    }

    /** Spearman's rank correlation of pairs whose values do not repeat within a column. */
    private static double spearman(List<double[]> pairs) {
        int n = pairs.size();
        var first = ranks(pairs, 0);
        var second = ranks(pairs, 1);
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (first[i] - second[i]) * (first[i] - second[i]);
        }
        return 1 - 6 * squares / ((double) n * ((double) n * n - 1));
    }

    private static double[] ranks(List<double[]> pairs, int column) {
        var order = IntStream.range(0, pairs.size()).boxed()
                .sorted((a, b) -> Double.compare(pairs.get(a)[column], pairs.get(b)[column])).toList();
        var ranks = new double[pairs.size()];
        for (int r = 0; r < order.size(); r++) {
            ranks[order.get(r)] = r;
        }
        return ranks;
    }
}
