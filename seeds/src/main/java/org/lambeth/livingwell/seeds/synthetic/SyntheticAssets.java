package org.lambeth.livingwell.seeds.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic synthetic community assets for the search benchmark (10k, 100k, 1M): the same size and seed always
 * give equal assets in the same order. Each asset is drawn from its own random stream, fixed by the seed and its
 * index, so the stream is lazy (nothing is held), can run in parallel, and asset {@code i} does not depend on the
 * others.
 *
 * <p>Up to {@value #TILED_ABOVE} assets are placed in Lambeth, at its postcodes; more are spread over Greater
 * London's box (lat {@value Placement#SOUTH}..{@value Placement#NORTH}, lon {@value Placement#WEST}..{@value
 * Placement#EAST}) by tiling the Lambeth + nearby postcode pattern (see {@link Placement}).</p>
 *
 * <p>Inputs (classpath): {@code seeds/lambeth/lambeth_postcodes.csv},
 * {@code seeds/lambeth/nearby_postcodes_outside_lambeth.csv}, {@code seeds/taxonomy/categories.csv} (leaf categories
 * only). Reading them takes well under a second and happens once per JVM.</p>
 */
public final class SyntheticAssets {

    /** The seed the benchmark uses. */
    public static final long DEFAULT_SEED = 20260311L;

    /** Sizes above this are spread over Greater London; up to it, over Lambeth. */
    public static final int TILED_ABOVE = 100_000;

    /** Ids have this prefix and a 7-digit index. */
    public static final String ID_PREFIX = "syn-";
    private static final int MAX_SIZE = 10_000_000;

    private static final long UPDATED_FROM = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final long UPDATED_TO = Instant.parse("2026-11-01T00:00:00Z").getEpochSecond();
    private static final double[] ACCESSIBILITY_CHANCES = { 0.50, 0.35, 0.25, 0.10, 0.20, 0.40 };
    /** Every subset of the features, by bit mask (bit i = feature i), shared and immutable. */
    private static final List<List<String>> FEATURE_SETS = featureSets();

    private final int size;
    private final long seed;
    private final Placement placement;
    private final List<LeafCategories.Leaf> categories;

    /** Inputs read once. */
    private static final class Inputs {
        static final PostcodePoints POSTCODES = PostcodePoints.read();
        static final List<LeafCategories.Leaf> CATEGORIES = LeafCategories.read();
    }

    /** {@code tiled} chooses the Greater London placement whatever the size (tests use it with small sizes). */
    SyntheticAssets(int size, long seed, boolean tiled) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE + ", was " + size);
        }
        this.size = size;
        this.seed = seed;
        this.placement = new Placement(Inputs.POSTCODES, tiled);
        this.categories = Inputs.CATEGORIES;
    }

    /**
     * The {@code size} assets of {@code seed}, in index order (ids {@code syn-0000000} upwards). A sequential, lazy
     * stream; {@code .parallel()} is safe and keeps the order where the terminal operation does.
     */
    public static Stream<SyntheticAsset> generate(int size, long seed) {
        return new SyntheticAssets(size, seed, tiled(size)).stream();
    }

    /** Whether {@code size} assets are spread over Greater London rather than Lambeth. */
    public static boolean tiled(int size) {
        return size > TILED_ABOVE;
    }

    /** {@code 10k}, {@code 100k}, {@code 1m} (any number with an optional k or m suffix). */
    public static int parseSize(String text) {
        var t = text.strip().toLowerCase(Locale.ROOT);
        int factor = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
        var digits = factor == 1 ? t : t.substring(0, t.length() - 1);
        try {
            return Math.multiplyExact(Integer.parseInt(digits), factor);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a size: " + text + " (e.g. 10k, 100k, 1m)", e);
        }
    }

    /** The id of the asset at {@code index}. */
    public static String id(int index) {
        var digits = Integer.toString(index);
        return ID_PREFIX + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
    }

    Stream<SyntheticAsset> stream() {
        return IntStream.range(0, size).mapToObj(this::asset);
    }

    int size() {
        return size;
    }

    Placement placement() {
        return placement;
    }

    SyntheticAsset asset(int index) {
        var random = new SplittableRandom(mix(seed, index));
        var point = placement.place(random);
        var category = categories.get(random.nextInt(categories.size()));
        var name = Vocabulary.name(random, category);
        var description = Vocabulary.description(random, category);
        var weeklyOpen = WeeklyHours.weekly(random);
        var exceptions = WeeklyHours.exceptions(random);
        int features = 0;
        for (int f = 0; f < ACCESSIBILITY_CHANCES.length; f++) {
            if (random.nextDouble() < ACCESSIBILITY_CHANCES[f]) {
                features |= 1 << f;
            }
        }
        double cost = random.nextDouble();
        Boolean free = cost < 0.60 ? Boolean.TRUE : cost < 0.85 ? Boolean.FALSE : null;
        var visibility = random.nextDouble() < 0.95 ? "PUBLIC" : "NETWORK";
        var updatedAt = Instant.ofEpochSecond(UPDATED_FROM + random.nextLong(UPDATED_TO - UPDATED_FROM));
        return new SyntheticAsset(id(index), name, description, point.latitude(), point.longitude(),
                point.postcode(), category.id(), weeklyOpen, exceptions, FEATURE_SETS.get(features), free, visibility,
                updatedAt);
    }

    /** A well-mixed seed for one asset's stream (the MurmurHash3 finaliser over the seed and the index). */
    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static List<List<String>> featureSets() {
        var all = SyntheticAsset.ACCESSIBILITY_FEATURES;
        var sets = new ArrayList<List<String>>(1 << all.size());
        for (int mask = 0; mask < 1 << all.size(); mask++) {
            var set = new ArrayList<String>();
            for (int f = 0; f < all.size(); f++) {
                if ((mask & 1 << f) != 0) {
                    set.add(all.get(f));
                }
            }
            sets.add(List.copyOf(set));
        }
        return List.copyOf(sets);
    }
}
