package org.lambeth.livingwell.seeds.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
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

class SyntheticAssetsTests {

    private static final long SEED = SyntheticAssets.DEFAULT_SEED;
    private static final int SIZE = 20_000;

    private static List<SyntheticAsset> lambeth;
    private static List<SyntheticAsset> tiled;
    private static Map<String, double[]> lambethPostcodes;
    private static Map<String, double[]> allPostcodes;

    @BeforeAll
    static void generate() {
        lambeth = SyntheticAssets.generate(SIZE, SEED).toList();
        tiled = new SyntheticAssets(SIZE, SEED, true).stream().toList();
        lambethPostcodes = postcodes("lambeth/lambeth_postcodes.csv");
        allPostcodes = new HashMap<>(lambethPostcodes);
        allPostcodes.putAll(postcodes("lambeth/nearby_postcodes_outside_lambeth.csv"));
    }

    private static Map<String, double[]> postcodes(String path) {
        return SeedCsv.read(path).stream().collect(Collectors.toMap(r -> r.get("postcode"),
                r -> new double[] { Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")) }));
    }

    private static List<SyntheticAsset> both() {
        var all = new java.util.ArrayList<>(lambeth);
        all.addAll(tiled);
        return all;
    }

    @Test
    void sameSizeAndSeedGiveEqualAssets() {
        assertThat(SyntheticAssets.generate(SIZE, SEED).toList()).isEqualTo(lambeth);
        assertThat(new SyntheticAssets(SIZE, SEED, true).stream().toList()).isEqualTo(tiled);
        assertThat(SyntheticAssets.generate(SIZE, SEED).parallel().toList()).as("in parallel").isEqualTo(lambeth);
        // a prefix of a larger run (same mode) is the smaller run: asset i depends only on seed and i
        assertThat(SyntheticAssets.generate(SIZE * 2, SEED).limit(SIZE).toList()).isEqualTo(lambeth);
    }

    @Test
    void anotherSeedGivesOtherAssets() {
        var other = SyntheticAssets.generate(100, SEED + 1).toList();
        assertThat(other).isNotEqualTo(lambeth.subList(0, 100));
        assertThat(other.stream().map(SyntheticAsset::name).distinct().count()).isGreaterThan(90);
    }

    @Test
    void countsAndIds() {
        assertThat(lambeth).hasSize(SIZE);
        assertThat(SyntheticAssets.generate(0, SEED)).isEmpty();
        assertThat(SyntheticAssets.generate(1234, SEED).count()).isEqualTo(1234);
        assertThat(lambeth.getFirst().id()).isEqualTo("syn-0000000");
        assertThat(lambeth.getLast().id()).isEqualTo("syn-0019999");
        assertThat(SyntheticAssets.id(999_999)).isEqualTo("syn-0999999");
        assertThat(lambeth).allSatisfy(a -> assertThat(a.id()).matches("syn-\\d{7}"));
        assertThat(lambeth.stream().map(SyntheticAsset::id).collect(Collectors.toSet())).hasSize(SIZE);
    }

    @Test
    void sizes() {
        assertThat(SyntheticAssets.parseSize("10k")).isEqualTo(10_000);
        assertThat(SyntheticAssets.parseSize("100K")).isEqualTo(100_000);
        assertThat(SyntheticAssets.parseSize("1m")).isEqualTo(1_000_000);
        assertThat(SyntheticAssets.parseSize("2500")).isEqualTo(2_500);
        assertThatThrownBy(() -> SyntheticAssets.parseSize("lots")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SyntheticAssets.tiled(100_000)).isFalse();
        assertThat(SyntheticAssets.tiled(1_000_000)).isTrue();
        assertThatThrownBy(() -> SyntheticAssets.generate(-1, SEED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upTo100kTheyLieNearLambethPostcodes() {
        assertThat(lambeth).allSatisfy(a -> {
            var centroid = lambethPostcodes.get(a.postcode());
            assertThat(centroid).as("%s: a Lambeth postcode", a.postcode()).isNotNull();
            assertThat(metres(a.latitude(), a.longitude(), centroid[0], centroid[1])).isLessThanOrEqualTo(61);
        });
        // density follows the postcodes: a fair share of them is used
        assertThat(lambeth.stream().map(SyntheticAsset::postcode).distinct().count())
                .isGreaterThan(lambethPostcodes.size() * 9L / 10);
    }

    @Test
    void tiledModeCoversGreaterLondonAndStaysInItsBox() {
        var sut = new SyntheticAssets(10, SEED, true);
        assertThat(sut.placement().tiles()).isGreaterThanOrEqualTo(20);
        assertThat(tiled).allSatisfy(a -> {
            assertThat(a.latitude()).isBetween(51.28, 51.70);
            assertThat(a.longitude()).isBetween(-0.51, 0.33);
        });
        // every part of the box gets assets: a 4 x 4 grid over it, no empty cell
        var cells = tiled.stream().map(a -> (int) ((a.latitude() - 51.28) / 0.42 * 3.999) * 4
                + (int) ((a.longitude() + 0.51) / 0.84 * 3.999)).collect(Collectors.toSet());
        assertThat(cells).hasSize(16);
        // only the untranslated copy keeps postcodes, and there the point lies near its postcode
        var withPostcode = tiled.stream().filter(a -> a.postcode() != null).toList();
        assertThat(withPostcode.size()).isBetween(SIZE / 200, SIZE / 5);
        assertThat(withPostcode).allSatisfy(a -> {
            var centroid = allPostcodes.get(a.postcode());
            assertThat(centroid).isNotNull();
            assertThat(metres(a.latitude(), a.longitude(), centroid[0], centroid[1])).isLessThanOrEqualTo(61);
        });
    }

    @Test
    void categoriesAreLeaves() {
        var rows = SeedCsv.read("taxonomy/categories.csv");
        var leaves = rows.stream().filter(r -> !r.get("parent_id").isBlank()).map(r -> r.get("id"))
                .collect(Collectors.toSet());
        assertThat(leaves).isNotEmpty();
        var used = both().stream().map(SyntheticAsset::categoryId).collect(Collectors.toSet());
        assertThat(leaves).containsAll(used);
        assertThat(used).isEqualTo(leaves);
    }

    @Test
    void namesAndDescriptionsUseTheVocabulary() {
        assertThat(both()).allSatisfy(a -> {
            assertThat(a.name()).matches("[A-Z].* \\d{1,4}");
            assertThat(a.description()).endsWith(".").doesNotContain("  ").doesNotStartWith(" ");
            assertThat(Vocabulary.wordCount(a.description())).isBetween(Vocabulary.MIN_WORDS, Vocabulary.MAX_WORDS);
        });
        var words = lambeth.stream().flatMap(a -> List.of(a.description().replace(".", "").split(" ")).stream())
                .map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        assertThat(words).contains("peer", "support", "gardening", "walking", "coffee", "wellbeing", "employment",
                "art", "music", "carers").hasSizeBetween(150, 400);
        assertThat(share(lambeth, a -> a.name().contains("Community Garden"))).isBetween(0.005, 0.05);
    }

    @Test
    void weeklyHoursAreWellFormedPairs() {
        assertThat(both()).allSatisfy(a -> {
            var pairs = a.weeklyOpen();
            assertThat(pairs.length % 2).isZero();
            long previousEnd = -1;
            for (int i = 0; i < pairs.length; i += 2) {
                assertThat(pairs[i]).isBetween(0L, SyntheticAsset.WEEK_MINUTES - 1L).isGreaterThan(previousEnd);
                assertThat(pairs[i + 1]).isGreaterThan(pairs[i])
                        .isLessThanOrEqualTo(SyntheticAsset.WEEK_MINUTES + 24 * 60L);
                previousEnd = pairs[i + 1];
            }
        });
        assertThat(share(lambeth, a -> a.weeklyOpen().length == 0)).isCloseTo(0.20, within(0.02));
        assertThat(share(lambeth, a -> a.weeklyOpen().length == 2 && a.weeklyOpen()[0] == 0
                && a.weeklyOpen()[1] == SyntheticAsset.WEEK_MINUTES)).isCloseTo(0.04, within(0.01));
        assertThat(share(lambeth, a -> java.util.Arrays.equals(a.weeklyOpen(),
                new long[] { 540, 1020, 1980, 2460, 3420, 3900, 4860, 5340, 6300, 6780 }))).isGreaterThan(0.03);
        assertThat(lambeth).anySatisfy(a -> assertThat(a.weeklyOpen()).contains(SyntheticAsset.WEEK_MINUTES + 60));
    }

    @Test
    void exceptionsAreWellFormedTriplets() {
        long first = LocalDate.of(2026, 12, 1).toEpochDay();
        long last = LocalDate.of(2027, 1, 31).toEpochDay();
        assertThat(both()).allSatisfy(a -> {
            var triplets = a.openExceptions();
            assertThat(triplets.length % 3).isZero();
            assertThat(triplets.length / 3).isBetween(0, 3);
            long previousDay = Long.MIN_VALUE;
            for (int i = 0; i < triplets.length; i += 3) {
                assertThat(triplets[i]).isBetween(first, last).isGreaterThan(previousDay);
                previousDay = triplets[i];
                boolean closed = triplets[i + 1] == 0 && triplets[i + 2] == 0;
                if (!closed) {
                    assertThat(triplets[i + 1]).isBetween(0L, 24 * 60L - 1);
                    assertThat(triplets[i + 2]).isGreaterThan(triplets[i + 1]).isLessThanOrEqualTo(24 * 60L);
                }
            }
        });
        assertThat(share(lambeth, a -> a.openExceptions().length > 0)).isCloseTo(0.10, within(0.015));
        assertThat(lambeth).anySatisfy(a -> assertThat(a.openExceptions()).hasSize(9));
    }

    @Test
    void otherAttributesFollowTheirShares() {
        var features = SyntheticAsset.ACCESSIBILITY_FEATURES;
        assertThat(lambeth).allSatisfy(a -> {
            assertThat(features).containsAll(a.accessibility());
            assertThat(a.accessibility()).isSortedAccordingTo((x, y) -> features.indexOf(x) - features.indexOf(y))
                    .doesNotHaveDuplicates();
            assertThat(a.visibility()).isIn("PUBLIC", "NETWORK");
            assertThat(a.updatedAt()).isBetween(Instant.parse("2024-01-01T00:00:00Z"),
                    Instant.parse("2026-11-01T00:00:00Z"));
        });
        for (var feature : features) {
            assertThat(share(lambeth, a -> a.accessibility().contains(feature))).as(feature).isBetween(0.08, 0.53);
        }
        assertThat(share(lambeth, a -> Boolean.TRUE.equals(a.free()))).isCloseTo(0.60, within(0.02));
        assertThat(share(lambeth, a -> Boolean.FALSE.equals(a.free()))).isCloseTo(0.25, within(0.02));
        assertThat(share(lambeth, a -> a.free() == null)).isCloseTo(0.15, within(0.02));
        assertThat(share(lambeth, a -> a.visibility().equals("NETWORK"))).isCloseTo(0.05, within(0.01));
        Set<Integer> years = new HashSet<>();
        lambeth.forEach(a -> years.add(a.updatedAt().atZone(java.time.ZoneOffset.UTC).getYear()));
        assertThat(years).containsExactlyInAnyOrder(2024, 2025, 2026);
    }

    private static double share(List<SyntheticAsset> assets, Predicate<SyntheticAsset> test) {
        return assets.stream().filter(test).count() / (double) assets.size();
    }

    private static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return 6_371_008.8 * Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
