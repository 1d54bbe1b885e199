package org.lambeth.livingwell.seeds.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoNetworkGeneratorTests {

    private static List<WardRef> wards;
    private static List<OrganisationRef> organisations;
    private static List<AssetRef> assets;
    private static DemoNetwork network;
    private static Map<String, DemoPerson> people;
    private static Map<String, String> halfOfWard;

    @BeforeAll
    static void generateDefaultNetwork() {
        wards = LambethFixtures.wards();
        organisations = LambethFixtures.organisations();
        assets = LambethFixtures.assets();
        network = generate(DemoNetworkGenerator.DEFAULT_SEED, 1000);
        people = network.people().stream().collect(Collectors.toMap(DemoPerson::id, p -> p));
        halfOfWard = wards.stream().collect(Collectors.toMap(WardRef::code, WardRef::half));
    }

    private static DemoNetwork generate(long seed, int count) {
        return new DemoNetworkGenerator(seed).generate(wards, organisations, assets, count);
    }

    @Test
    void fixturesAreTheRealLambethData() {
        assertThat(wards).hasSize(25);
        assertThat(wards.stream().filter(w -> w.half().equals("north"))).hasSize(14);
        assertThat(organisations).hasSizeBetween(15, 25);
        assertThat(assets).hasSizeGreaterThan(400);
    }

    @Test
    void sameSeedAndInputsGiveEqualNetworks() {
        DemoNetwork again = new DemoNetworkGenerator(DemoNetworkGenerator.DEFAULT_SEED)
                .generate(List.copyOf(wards), List.copyOf(organisations), List.copyOf(assets), 1000);
        assertThat(again).isEqualTo(network);
        assertThat(again.ties().getFirst().properties().keySet())
                .containsExactlyElementsOf(network.ties().getFirst().properties().keySet());
    }

    @Test
    void aDifferentSeedGivesADifferentNetwork() {
        assertThat(generate(7L, 1000).ties()).isNotEqualTo(network.ties());
    }

    @Test
    void sizesAreInRange() {
        assertThat(network.people()).hasSize(1000);
        assertThat(network.skills()).hasSizeBetween(25, 40);
        assertThat(network.ties()).hasSizeBetween(4250, 5750);
        assertThat(tiesOf("KNOWS")).hasSizeGreaterThan(2000);
        assertThat(tiesOf("HAS_SKILL")).isNotEmpty();
        assertThat(tiesOf("MEMBER_OF")).isNotEmpty();
        assertThat(tiesOf("INTRODUCED")).isNotEmpty();
    }

    @Test
    void peopleHaveDistinctIdsAndPseudonyms() {
        assertThat(network.people().getFirst().id()).isEqualTo("demo-person-0001");
        assertThat(network.people()).extracting(DemoPerson::id).doesNotHaveDuplicates();
        assertThat(network.people()).extracting(DemoPerson::displayName).doesNotHaveDuplicates()
                .allMatch(name -> Pseudonyms.FIRST_WORDS.contains(name.split(" ")[0]));
    }

    @Test
    void aboutTwoThirdsLiveInTheNorth() {
        long north = network.people().stream().filter(p -> halfOf(p.id()).equals("north")).count();
        assertThat(north).isBetween(600L, 700L);
        assertThat(network.people()).allMatch(p -> halfOfWard.containsKey(p.wardCode()));
    }

    @Test
    void rolesAreMixedAsIntended() {
        Map<String, Long> roles = network.people().stream()
                .collect(Collectors.groupingBy(DemoPerson::role, Collectors.counting()));
        assertThat(roles).containsOnlyKeys("PEER_SUPPORTER", "CARER", "PROFESSIONAL", "COMMUNITY_MEMBER");
        assertThat(roles.get("PEER_SUPPORTER")).isBetween(120L, 180L);
        assertThat(roles.get("CARER")).isBetween(120L, 180L);
        assertThat(roles.get("PROFESSIONAL")).isBetween(170L, 230L);
        assertThat(roles.get("COMMUNITY_MEMBER")).isBetween(450L, 550L);
    }

    @Test
    void knowsHasNoSelfLoopsAndOneTiePerPair() {
        Set<Set<String>> pairs = new HashSet<>();
        for (DemoTie tie : tiesOf("KNOWS")) {
            assertThat(tie.fromId()).isNotEqualTo(tie.toId());
            assertThat(pairs.add(Set.of(tie.fromId(), tie.toId()))).as("duplicate %s", tie).isTrue();
        }
    }

    @Test
    void onlyAFewPeopleKnowSomeoneAcrossTheHalves() {
        Set<String> crossers = crossHalfPeople(tie -> true);
        assertThat(crossers).hasSizeBetween(5, 20);
    }

    @Test
    void removingTheBestConnectedFewCutsMostNorthSouthTies() {
        Map<String, Integer> degree = new HashMap<>();
        for (DemoTie tie : tiesOf("KNOWS")) {
            degree.merge(tie.fromId(), 1, Integer::sum);
            degree.merge(tie.toId(), 1, Integer::sum);
        }
        List<String> hubs = degree.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .map(Map.Entry::getKey).toList();
        assertThat(hubs.stream().filter(id -> halfOf(id).equals("north"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(hubs).allMatch(id -> Set.of("PROFESSIONAL", "PEER_SUPPORTER").contains(people.get(id).role()));
        assertThat(hubs).allMatch(id -> memberships(id) >= 3);

        long before = crossHalfTies(tie -> true);
        long after = crossHalfTies(tie -> !hubs.contains(tie.fromId()) && !hubs.contains(tie.toId()));
        assertThat(before).isGreaterThanOrEqualTo(5);
        assertThat(after).isBetween(1L, before / 3);
    }

    @Test
    void theNorthIsDenserThanTheSouth() {
        assertThat(meanDegree("north")).isGreaterThan(meanDegree("south") * 1.4);
    }

    @Test
    void everyTieEndpointExists() {
        Set<String> skills = network.skills().stream().map(DemoSkill::id).collect(Collectors.toSet());
        Set<String> orgs = organisations.stream().map(OrganisationRef::id).collect(Collectors.toSet());
        Set<String> targets = assets.stream().map(AssetRef::id).collect(Collectors.toCollection(HashSet::new));
        targets.addAll(orgs);
        for (DemoTie tie : network.ties()) {
            assertThat(people).containsKey(tie.fromId());
            Set<String> ends = switch (tie.type()) {
                case "KNOWS" -> people.keySet();
                case "HAS_SKILL" -> skills;
                case "MEMBER_OF" -> orgs;
                case "INTRODUCED" -> targets;
                default -> throw new AssertionError("unexpected type " + tie.type());
            };
            assertThat(ends).as("end of %s", tie).contains(tie.toId());
        }
    }

    @Test
    void propertiesAreStorableAndComplete() {
        Set<Class<?>> storable = Set.of(String.class, Long.class, Double.class, Boolean.class);
        for (DemoTie tie : network.ties()) {
            Map<String, Object> props = tie.properties();
            assertThat(props.values()).allMatch(value -> storable.contains(value.getClass()));
            assertThat(props).containsEntry("demo", true).containsKey("since");
            LocalDate since = date(props.get("since"));
            assertThat(since).isBetween(DemoCalendar.FIRST, DemoCalendar.LAST);
            if (props.containsKey("until")) {
                assertThat(date(props.get("until"))).isAfter(since).isBeforeOrEqualTo(DemoCalendar.LAST);
            }
            boolean weighted = tie.type().equals("KNOWS") || tie.type().equals("MEMBER_OF");
            assertThat(props.containsKey("strength")).isEqualTo(weighted);
            if (weighted) {
                assertThat((Double) props.get("strength")).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void aboutOneTieInTenHasEnded() {
        long ended = network.ties().stream().filter(t -> t.properties().containsKey("until")).count();
        assertThat(ended).isBetween(350L, 650L);
    }

    @Test
    void introductionsAreMadeByAKnownOrNearbyHelper() {
        Set<Set<String>> knows = tiesOf("KNOWS").stream()
                .map(t -> Set.of(t.fromId(), t.toId())).collect(Collectors.toSet());
        for (DemoTie tie : tiesOf("INTRODUCED")) {
            Map<String, Object> props = tie.properties();
            DemoPerson by = people.get((String) props.get("byPersonId"));
            assertThat(by).isNotNull();
            assertThat(by.role()).isIn("PEER_SUPPORTER", "PROFESSIONAL");
            assertThat(by.id()).isNotEqualTo(tie.fromId());
            boolean known = knows.contains(Set.of(by.id(), tie.fromId()));
            assertThat(known || halfOf(by.id()).equals(halfOf(tie.fromId()))).as("%s", tie).isTrue();
            assertThat(props.get("on")).isEqualTo(props.get("since"));
            assertThat(props.get("outcome")).isIn("ATTENDED", "ONGOING", "DECLINED", "NO_SHOW");
        }
    }

    @Test
    void introductionsMostlyStayInThePersonsHalf() {
        Map<String, String> halfOfAsset = new HashMap<>();
        assets.stream().filter(a -> halfOfWard.containsKey(a.wardCode()))
                .forEach(a -> halfOfAsset.put(a.id(), halfOfWard.get(a.wardCode())));
        List<DemoTie> toAssets = tiesOf("INTRODUCED").stream()
                .filter(t -> halfOfAsset.containsKey(t.toId())).toList();
        long sameHalf = toAssets.stream()
                .filter(t -> halfOfAsset.get(t.toId()).equals(halfOf(t.fromId()))).count();
        assertThat(sameHalf).isGreaterThan(toAssets.size() * 9L / 10);
    }

    @Test
    void professionalsAndPeerSupportersBelongToOrganisations() {
        for (DemoPerson person : network.people()) {
            int count = memberships(person.id());
            switch (person.role()) {
                case "PROFESSIONAL" -> assertThat(count).isBetween(1, 5);
                case "PEER_SUPPORTER" -> assertThat(count).isBetween(1, 5);
                default -> assertThat(count).isBetween(0, 1);
            }
        }
    }

    @Test
    void mostPeopleOfferOneToThreeSkills() {
        Map<String, Long> skills = tiesOf("HAS_SKILL").stream()
                .collect(Collectors.groupingBy(DemoTie::fromId, Collectors.counting()));
        assertThat(skills.size()).isBetween(540, 660);
        assertThat(skills.values()).allMatch(n -> n >= 1 && n <= 3);
        assertThat(tiesOf("HAS_SKILL")).extracting(t -> Set.of(t.fromId(), t.toId())).doesNotHaveDuplicates();
    }

    @Test
    void smallOrOneSidedInputsStillWork() {
        List<WardRef> northOnly = wards.stream().filter(w -> w.half().equals("north")).toList();
        DemoNetwork small = new DemoNetworkGenerator(1L).generate(northOnly, List.of(), List.of(), 40);
        assertThat(small.people()).hasSize(40).allMatch(p -> halfOfWard.get(p.wardCode()).equals("north"));
        assertThat(small.ties()).noneMatch(t -> t.type().equals("MEMBER_OF"));
        assertThat(new DemoNetworkGenerator(1L).generate(wards, organisations, assets, 0).ties()).isEmpty();
        assertThatThrownBy(() -> new DemoNetworkGenerator(1L).generate(List.of(), organisations, assets, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<DemoTie> tiesOf(String type) {
        return network.ties().stream().filter(t -> t.type().equals(type)).toList();
    }

    private static String halfOf(String personId) {
        return halfOfWard.get(people.get(personId).wardCode());
    }

    private static int memberships(String personId) {
        return (int) tiesOf("MEMBER_OF").stream().filter(t -> t.fromId().equals(personId)).count();
    }

    private static boolean crossesHalves(DemoTie tie) {
        return !halfOf(tie.fromId()).equals(halfOf(tie.toId()));
    }

    private static long crossHalfTies(Predicate<DemoTie> kept) {
        return tiesOf("KNOWS").stream().filter(kept).filter(DemoNetworkGeneratorTests::crossesHalves).count();
    }

    private static Set<String> crossHalfPeople(Predicate<DemoTie> kept) {
        return tiesOf("KNOWS").stream().filter(kept).filter(DemoNetworkGeneratorTests::crossesHalves)
                .flatMap(t -> java.util.stream.Stream.of(t.fromId(), t.toId())).collect(Collectors.toSet());
    }

    private static double meanDegree(String half) {
        long people = network.people().stream().filter(p -> halfOf(p.id()).equals(half)).count();
        long ends = tiesOf("KNOWS").stream().flatMap(t -> java.util.stream.Stream.of(t.fromId(), t.toId()))
                .filter(id -> halfOf(id).equals(half)).count();
        return (double) ends / people;
    }

    private static LocalDate date(Object value) {
        return LocalDate.parse((String) value);
    }
}
